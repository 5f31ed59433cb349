#include "icu_breaks.h"
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

struct ParallaxBreaker {
    UBreakIterator *iterator;
};

ParallaxBreaker *parallax_breaker_open(int kind, const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == PARALLAX_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status) || iterator == NULL) {
        return NULL;
    }
    ParallaxBreaker *breaker = malloc(sizeof(ParallaxBreaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void parallax_breaker_close(ParallaxBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t parallax_breaker_run(ParallaxBreaker *breaker, const uint16_t *text, int32_t length,
                             int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    if (breaker == NULL || capacity < 1) return -1;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t position = ubrk_first(breaker->iterator); position != UBRK_DONE && count < capacity;
         position = ubrk_next(breaker->iterator)) {
        boundaries[count] = position;
        if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    // Leave no pointer to the caller's buffer behind.
    ubrk_setText(breaker->iterator, NULL, 0, &status);
    return count;
}
