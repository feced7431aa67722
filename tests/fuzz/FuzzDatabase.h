#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace huellas::fuzz {

// The one database of a fuzz process, opened in LLVMFuzzerInitialize: a fresh file in a
// temporary folder with tests/data/import/sample imported, so fuzzed rows find owners, pets
// and appointments to refer to and fuzzed rules have owners to select. Qt's SQL driver needs
// a QCoreApplication, which this creates first.
class FuzzDatabase final
{
    Q_DISABLE_COPY_MOVE(FuzzDatabase)

public:
    static FuzzDatabase& instance();

    Database& get() { return *m_database; }
    // Where a target may write its input files.
    QString folder() const { return m_dir.path(); }

private:
    FuzzDatabase();
    void importSample();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

} // namespace huellas::fuzz
