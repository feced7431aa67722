#pragma once

#include <QString>
#include <QTemporaryDir>

namespace huellas::test {

// A tmpfs of a given size mounted on a temporary folder, to make the faults a clinic meets for
// real: a full disk, a read-only disk. Mounting needs root (the test command and CI run as
// root); mounted() says whether it worked, and tests fall back to what a user can do alone
// (chmod, PRAGMA max_page_count) when it did not.
class ScratchFilesystem final
{
    Q_DISABLE_COPY_MOVE(ScratchFilesystem)

public:
    explicit ScratchFilesystem(qint64 bytes);
    ~ScratchFilesystem();

    bool mounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    bool makeReadOnly();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// A folder to write a database into, then make read-only the way a clinic meets it: as root a
// read-only disk (a tmpfs remounted read-only); for anyone else a read-only file in a
// read-only folder. The write bits come back on destruction, so the folder can be removed.
class ReadOnlyPlace final
{
    Q_DISABLE_COPY_MOVE(ReadOnlyPlace)

public:
    ReadOnlyPlace();
    ~ReadOnlyPlace();

    QString filePath(const QString& name) const;
    bool isDisk() const { return m_disk.mounted(); }
    // Everything in the folder becomes unwritable; `file` too when it is not a disk.
    bool makeReadOnly(const QString& file = {});

private:
    ScratchFilesystem m_disk;
    QTemporaryDir m_fallback;
    bool m_chmodded = false;
};

// Runs a program and returns its exit code (-1 when it could not start).
int run(const QString& program, const QStringList& arguments);

} // namespace huellas::test
