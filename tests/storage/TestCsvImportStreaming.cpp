#include "storage/Sql.h"
#include "storage/import/CsvFileProbe.h"
#include "storage/import/CsvImporter.h"
#include "storage/import/CsvReader.h"
#include "storage/import/DelimiterDetector.h"
#include "storage/import/ImportTicker.h"
#include "storage/import/TextChunkReader.h"
#include "storage/import/TextEncoding.h"
#include "storage/import/Utf8Validator.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

using huellas::test::writeFile;

using namespace huellas;

namespace {

constexpr qsizetype chunk = TextChunkReader::chunkBytes;

// Rows "f,bbb…\n" of exactly `length` bytes in all (length >= 4); long rows keep the
// record count, and the test's time, low.
QByteArray filler(qsizetype length)
{
    QByteArray text;
    while (length - text.size() > 4000)
        text += "f," + QByteArray(3996, 'b') + '\n';
    text += "f," + QByteArray(length - text.size() - 3, 'b') + '\n';
    return text;
}

QString describe(const CsvRecord& record)
{
    return QStringLiteral("%1%2:%3")
        .arg(record.line)
        .arg(record.quotingBroken ? QStringLiteral(" broken") : QString())
        .arg(record.cells.join(QLatin1Char('|')));
}

QStringList recordsOf(CsvReader& reader)
{
    QStringList records;
    while (std::optional<CsvRecord> record = reader.next())
        records << describe(*record);
    return records;
}

QStringList wholeText(const QByteArray& bytes, char delimiter = ',')
{
    CsvReader reader(TextEncoding::toUtf8(bytes).utf8, delimiter);
    return recordsOf(reader);
}

QStringList streamed(const QByteArray& bytes, TextChunkReader::Encoding encoding,
                     char delimiter = ',')
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    TextChunkReader chunks(buffer, encoding);
    CsvReader reader(chunks, delimiter);
    const QStringList records = recordsOf(reader);
    if (chunks.bytesRead() != bytes.size())
        qFatal("read %lld of %lld bytes", chunks.bytesRead(), qint64(bytes.size()));
    return records;
}

bool validInPieces(const QByteArray& bytes, qsizetype split)
{
    Utf8Validator validator;
    validator.add(QByteArrayView(bytes).first(split));
    validator.add(QByteArrayView(bytes).sliced(split));
    return validator.valid();
}

} // namespace

// Files are read a chunk at a time (TextChunkReader::chunkBytes): what the reader, the
// encoding check and the delimiter detection find must not depend on where a chunk ends.
class TestCsvImportStreaming : public QObject
{
    Q_OBJECT

private slots:
    void recordsDoNotDependOnChunkBoundaries_data();
    void recordsDoNotDependOnChunkBoundaries();
    void windows1252IsConvertedChunkByChunk();
    void utf8IsJudgedTheSameWhereverItIsSplit_data();
    void utf8IsJudgedTheSameWhereverItIsSplit();
    void aFileWithoutLineFeedsIsReadInPieces();
    void delimiterOfAFirstLineLongerThanAChunk();
    void aWindows1252ByteFarIntoTheFileDecidesTheEncoding();
    void aCharacterAcrossTheChunkBoundaryStaysUtf8();
};

void TestCsvImportStreaming::recordsDoNotDependOnChunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QList<QPair<const char*, QByteArray>> pieces{
        {"quoted CRLF", "x,\"multi\r\nline \xC3\xB1 cell\"\r\ny,z\r\n"},
        {"blank lines", "\r\n\r\n\r\nx,y\n"},
        {"broken quoting", "c,d\"e and more\nx,y\n"},
        {"unclosed quote", "c,\"never closed\nx,y\n"},
        {"lone CRs", "a\rb,c\rd\n"},
        {"multi-byte", "\xC3\xA9,\xE2\x82\xAC\xF0\x9D\x84\x9E\n"},
    };
    for (const auto& [name, piece] : pieces) {
        for (int before = -4; before <= 4; ++before) {
            // The piece starts `before` bytes ahead of the first chunk's end.
            const QByteArray text = "h1,h2\n" + filler(chunk - 6 - before) + piece + "t,u\n";
            QTest::addRow("%s, %+d", name, before) << text;
            if (before == 0)
                QTest::addRow("%s, with a BOM", name) << "\xEF\xBB\xBF" + text;
        }
    }
    QTest::newRow("no final line break") << "h1,h2\n" + filler(chunk - 10) + "a,\"b\"";
    QTest::newRow("two chunks of filler") << "h1,h2\n" + filler(2 * chunk + 17) + "a,b\r\n";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
}

void TestCsvImportStreaming::recordsDoNotDependOnChunkBoundaries()
{
    QFETCH(QByteArray, bytes);
    const QStringList whole = wholeText(bytes);
    QCOMPARE(streamed(bytes, TextChunkReader::Encoding::Utf8), whole);
}

void TestCsvImportStreaming::windows1252IsConvertedChunkByChunk()
{
    const QByteArray bytes = "h1,h2\n" + filler(chunk - 8) +
                             "Pe\xF1"
                             "a,\x80\x93\n" +
                             filler(chunk);
    QVERIFY(TextEncoding::toUtf8(bytes).fromWindows1252);
    const QStringList records = streamed(bytes, TextChunkReader::Encoding::Windows1252);
    QCOMPARE(records, wholeText(bytes));
    QCOMPARE(records.filter(QStringLiteral(":Peña|€\u201C")).size(), 1);
}

void TestCsvImportStreaming::utf8IsJudgedTheSameWhereverItIsSplit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("valid") << QByteArray("Pe\xC3\xB1"
                                         "a \xE2\x82\xAC \xF0\x9D\x84\x9E.");
    QTest::newRow("Latin-1 byte") << QByteArray("Pe\xF1"
                                                "a \xE2\x82\xAC");
    QTest::newRow("overlong") << QByteArray("a\xC0\xAF"
                                            "b");
    QTest::newRow("surrogate") << QByteArray("a\xED\xA0\x80"
                                             "b");
    QTest::newRow("cut at the end") << QByteArray("abc\xE2\x82");
    QTest::newRow("lone continuation") << QByteArray("ab\x80"
                                                     "c");
}

void TestCsvImportStreaming::utf8IsJudgedTheSameWhereverItIsSplit()
{
    QFETCH(QByteArray, bytes);
    const bool whole = TextEncoding::isValidUtf8(bytes);
    for (qsizetype split = 0; split <= bytes.size(); ++split)
        QVERIFY2(validInPieces(bytes, split) == whole, qPrintable(QString::number(split)));
}

void TestCsvImportStreaming::aFileWithoutLineFeedsIsReadInPieces()
{
    // Old Mac line ends: one physical line of several chunks, many records.
    QByteArray bytes = "h1,h2\r";
    int rows = 0;
    while (bytes.size() < 2 * chunk + 100)
        bytes += "row" + QByteArray::number(++rows) + ",\"a\rb\"\r";
    const QStringList records = streamed(bytes, TextChunkReader::Encoding::Utf8);
    QCOMPARE(records.size(), rows + 1);
    QCOMPARE(records, wholeText(bytes));
    QCOMPARE(records.last(), QStringLiteral("1:row%1|a\rb").arg(rows));
}

void TestCsvImportStreaming::delimiterOfAFirstLineLongerThanAChunk()
{
    const QByteArray first = "a;b;\"" + QByteArray(chunk + 5, ',') + "\nstill quoted\";c\n";
    QCOMPARE(CsvReader::detectDelimiter(first), ';');
    DelimiterDetector detector;
    QVERIFY(detector.add(QByteArrayView(first).first(chunk)));
    QVERIFY(!detector.add(QByteArrayView(first).sliced(chunk)));
    QCOMPARE(detector.delimiter(), ';');
}

void TestCsvImportStreaming::aWindows1252ByteFarIntoTheFileDecidesTheEncoding()
{
    test::TestDatabase db;
    QByteArray bytes = "external_id;first_name;last_name;notes\r\n";
    const QByteArray notes(2000, 'n'); // few rows, many chunks
    for (int n = 1; bytes.size() < 3 * chunk; ++n)
        bytes += "HU-" + QByteArray::number(n) + ";Ana;Canul;" + notes + "\r\n";
    bytes += "HU-LAST;Mar\xED"
             "a;Pe\xF1"
             "a;\r\n";
    const QString owners = writeFile(db.folder(), QStringLiteral("owners.csv"), bytes);

    ImportObserver none;
    ImportTicker ticker(none);
    QFile file(owners);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto probe = CsvFileProbe::of(file, ticker);
    QVERIFY2(probe, qPrintable(probe.error()));
    QCOMPARE(probe->encoding, TextChunkReader::Encoding::Windows1252);
    QCOMPARE(probe->delimiter, ';');

    auto report = CsvImporter(*db).run({owners});
    QVERIFY2(report && report->ok(),
             qPrintable(report ? report->errors.join('\n') : report.error()));
    QCOMPARE(report->notices.value(0), owners + ": not UTF-8, read as Windows-1252");
    QCOMPARE(Sql::scalar(db->connection(), "SELECT first_name || ' ' || last_name FROM owners "
                                           "WHERE external_id = 'HU-LAST'")
                 ->toString(),
             QStringLiteral("María Peña"));
}

void TestCsvImportStreaming::aCharacterAcrossTheChunkBoundaryStaysUtf8()
{
    test::TestDatabase db;
    const QByteArray header = "external_id,first_name,notes\n";
    QByteArray bytes = header + "HU-1,Ana,\"" + QByteArray(chunk - header.size() - 11, 'x');
    QCOMPARE(bytes.size(), chunk - 1); // "ñ" is bytes chunk-1 and chunk: split in two
    bytes += "\xC3\xB1\"\nHU-2,Peña,ok\n";
    const QString owners = writeFile(db.folder(), QStringLiteral("owners.csv"), bytes);
    auto report = CsvImporter(*db).run({owners});
    QVERIFY2(report && report->ok(),
             qPrintable(report ? report->errors.join('\n') : report.error()));
    QVERIFY(report->notices.isEmpty());
    QVERIFY(Sql::scalar(db->connection(), "SELECT notes FROM owners WHERE external_id = 'HU-1'")
                ->toString()
                .endsWith(QStringLiteral("xñ")));
}

QTEST_GUILESS_MAIN(TestCsvImportStreaming)
#include "TestCsvImportStreaming.moc"
