"""Writes a table's lines as a gzip file without a timestamp, so that the same input gives the same bytes."""
import gzip, io


def write(lines, path):
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as out:
        out.write(raw)
    open(path, "wb").write(buffer.getvalue())
    return len(buffer.getvalue())
