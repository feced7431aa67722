#pragma once

#include "TextChunkReader.h"
#include "core/Result.h"

class QIODevice;

namespace huellas {

class ImportTicker;

// The first, cheap pass over an import file, chunk by chunk: whether it is UTF-8 (else it is
// read as Windows-1252, DOMAIN.md) and which delimiter its first line uses. The encoding needs
// every byte before the first row may be decoded, hence a pass of its own.
struct CsvFileProbe
{
    TextChunkReader::Encoding encoding = TextChunkReader::Encoding::Utf8;
    char delimiter = ',';

    // Reads `device` to its end. Fails when it cannot be read (the device's error string) or
    // when the ticker says the import is cancelled.
    static Result<CsvFileProbe> of(QIODevice& device, ImportTicker& ticker);
};

} // namespace huellas
