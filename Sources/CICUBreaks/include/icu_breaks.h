#ifndef PARALLAX_ICU_BREAKS_H
#define PARALLAX_ICU_BREAKS_H
#include <stdint.h>

// A thin C face over ICU's break iterators. Only plain C types cross this header so that
// ICU's own headers never reach Swift (they clash with Foundation's copy of ICU).

typedef struct ParallaxBreaker ParallaxBreaker;

enum { PARALLAX_BREAK_SENTENCE = 0, PARALLAX_BREAK_WORD = 1 };

// Opens a breaker for `kind` in `locale` (for example "en_US@ss=standard"). NULL on failure.
ParallaxBreaker *parallax_breaker_open(int kind, const char *locale);
void parallax_breaker_close(ParallaxBreaker *breaker);

// Writes the boundaries of `text` (UTF-16, `length` units) into `boundaries` (at most `capacity`,
// which length + 1 always satisfies) and, for words, the rule status of the segment that ends at
// each boundary into `statuses` (may be NULL). Returns the count written, or -1 on error.
int32_t parallax_breaker_run(ParallaxBreaker *breaker, const uint16_t *text, int32_t length,
                             int32_t *boundaries, int32_t *statuses, int32_t capacity);
#endif
