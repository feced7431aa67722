#include "CsvFileProbe.h"

#include "DelimiterDetector.h"
#include "ImportTicker.h"
#include "Utf8Validator.h"

namespace huellas {

Result<CsvFileProbe> CsvFileProbe::of(QIODevice& device, ImportTicker& ticker)
{
    // In UTF-8 mode the reader hands the bytes over unchanged: what is validated is the file.
    TextChunkReader reader(device, TextChunkReader::Encoding::Utf8);
    Utf8Validator utf8;
    DelimiterDetector delimiter;
    bool firstLineOpen = true;
    for (QByteArray chunk = reader.next(); !chunk.isEmpty(); chunk = reader.next()) {
        if (ticker.cancelled())
            return failure<CsvFileProbe>(ImportTicker::cancelledMessage());
        if (firstLineOpen)
            firstLineOpen = delimiter.add(chunk);
        utf8.add(chunk);
        if (!utf8.valid() && !firstLineOpen)
            break; // nothing left to learn from the rest
    }
    if (reader.failed())
        return failure<CsvFileProbe>(reader.errorString());
    CsvFileProbe probe;
    probe.encoding =
        utf8.valid() ? TextChunkReader::Encoding::Utf8 : TextChunkReader::Encoding::Windows1252;
    probe.delimiter = delimiter.delimiter();
    return probe;
}

} // namespace huellas
