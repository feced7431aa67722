#include "core/PhoneNumbers.h"

#include <QTest>

using namespace huellas;

class TestPhoneNumbers final : public QObject
{
    Q_OBJECT

private slots:
    void normalizesEveryCommonFormToE164_data();
    void normalizesEveryCommonFormToE164();
    void refusesWhatIsNotAPhone_data();
    void refusesWhatIsNotAPhone();
    void displaysMexicanNumbersNationally();
    void searchDigitsIgnoreFormatting();
};

void TestPhoneNumbers::normalizesEveryCommonFormToE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::newRow("spaced") << "998 123 4567" << "+529981234567";
    QTest::newRow("plain") << "9981234567" << "+529981234567";
    QTest::newRow("international") << "+52 998 123 4567" << "+529981234567";
    QTest::newRow("dashes and parentheses") << "(998) 123-4567" << "+529981234567";
    QTest::newRow("already E.164") << "+529981234567" << "+529981234567";
    QTest::newRow("US number") << "+1 305 555 0123" << "+13055550123";
    QTest::newRow("old mobile prefix 1") << "+52 1 998 123 4567" << "+529981234567";
    // Found by tests/fuzz (regressions/phone/): one reading strips one national prefix and gave
    // +5213112345616, which reads again as +523112345616.
    QTest::newRow("national prefix twice") << "1 1 311 234 5616" << "+523112345616";
    QTest::newRow("empty") << "" << "";
}

void TestPhoneNumbers::normalizesEveryCommonFormToE164()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    const auto normalized = PhoneNumbers::normalize(input);
    QVERIFY2(normalized.ok(), qPrintable(normalized.error()));
    QCOMPARE(*normalized, e164);
    // A stored number saved or imported again must not change.
    QCOMPARE(PhoneNumbers::normalize(e164).value(), e164);
}

void TestPhoneNumbers::refusesWhatIsNotAPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("too short") << "998 123";
    QTest::newRow("letters") << "llamar a Ana";
    QTest::newRow("too long") << "998 123 4567 8901";
}

void TestPhoneNumbers::refusesWhatIsNotAPhone()
{
    QFETCH(QString, input);
    const auto normalized = PhoneNumbers::normalize(input);
    QVERIFY(!normalized.ok());
    QVERIFY(normalized.error().contains(input));
}

void TestPhoneNumbers::displaysMexicanNumbersNationally()
{
    QCOMPARE(PhoneNumbers::display(QStringLiteral("+529981234567")), QStringLiteral("998 123 4567"));
    QCOMPARE(PhoneNumbers::display(QStringLiteral("+13055550123")), QStringLiteral("+1 305-555-0123"));
    QCOMPARE(PhoneNumbers::display(QString()), QString());
    QCOMPARE(PhoneNumbers::display(QStringLiteral("abc")), QStringLiteral("abc"));
}

void TestPhoneNumbers::searchDigitsIgnoreFormatting()
{
    QCOMPARE(PhoneNumbers::searchDigits(QStringLiteral("+52 (998) 123-45")), QStringLiteral("5299812345"));
    QCOMPARE(PhoneNumbers::whatsappDigits(QStringLiteral("+529981234567")), QStringLiteral("529981234567"));
    QCOMPARE(PhoneNumbers::searchDigits(QStringLiteral("Ana")), QString());
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "TestPhoneNumbers.moc"
