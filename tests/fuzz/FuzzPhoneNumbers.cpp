// Guards phone number handling (libphonenumber behind PhoneNumbers), which every owner form and
// every imported phone cell goes through. Any text must be normalized or refused with a
// message, and what normalize() accepts is E.164 that normalizes to itself and displays.
#include "core/PhoneNumbers.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace huellas;

namespace {

[[noreturn]] void bug(const char* what, const QString& input, const QString& detail)
{
    std::fprintf(stderr, "fuzz_phone: %s\ninput: %s\n%s\n", what, qPrintable(input),
                 qPrintable(detail));
    std::abort();
}

// '+' and digits. Not capped at E.164's 15 digits: libphonenumber's metadata accepts longer
// national numbers in some countries (a German one of 15 digits gives 17), and it is the
// authority normalize() defers to; its own cap is 3 country-code digits and 17 national ones.
bool isE164(const QString& text)
{
    if (text.size() < 2 || text.size() > 21 || text.front() != QLatin1Char('+'))
        return false;
    for (qsizetype i = 1; i < text.size(); ++i)
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // The refusal message goes through QCoreApplication::translate.
    static int argc = 1;
    static char name[] = "fuzz_phone";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    PhoneNumbers::display(input); // display() also meets stored text that was never normalized
    PhoneNumbers::searchDigits(input);
    const auto e164 = PhoneNumbers::normalize(input);
    if (!e164) {
        if (e164.error().isEmpty())
            bug("refused without a message", input, QString());
        return 0;
    }
    if (e164->isEmpty()) {
        if (!input.trimmed().isEmpty())
            bug("a non-blank number normalized to nothing", input, QString());
        return 0;
    }
    if (!isE164(*e164))
        bug("normalize() gave something that is not E.164", input, *e164);
    const auto again = PhoneNumbers::normalize(*e164);
    if (!again || *again != *e164)
        bug("E.164 does not normalize to itself", input,
            *e164 + QStringLiteral(" → ") + (again ? *again : again.error()));
    if (PhoneNumbers::display(*e164).isEmpty())
        bug("a valid number displays as nothing", input, *e164);
    if (PhoneNumbers::whatsappDigits(*e164) != e164->mid(1))
        bug("the wa.me digits are not the E.164 digits", input, *e164);
    return 0;
}
