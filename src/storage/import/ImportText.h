#pragma once

#include <QCoreApplication>

namespace huellas {

// Every message of the import shares the translation context "CsvImport"; the macro is what
// lets lupdate find ImportText::tr("…") calls.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
};

} // namespace huellas
