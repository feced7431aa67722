#pragma once

#include <QObject>
#include <QString>

namespace huellas {

// The workstation's own preferences (the database holds what all workstations share). One
// typed accessor per key, each with its default; changed() tells listeners which key moved.
class AppSettings final : public QObject
{
    Q_OBJECT

public:
    enum class Key { Language, LastDatabase, BackupFolder, BackupsKept };

    static AppSettings& instance();

    QString language() const; // "es" (default) or "en"
    void setLanguage(const QString& language);
    QString lastDatabase() const;
    void setLastDatabase(const QString& path);
    // The daily backups: the folder (empty: "respaldos" beside the database) and how many are
    // kept (7 by default, at least 1).
    QString backupFolder() const;
    void setBackupFolder(const QString& folder);
    int backupsKept() const;
    void setBackupsKept(int count);

signals:
    void changed(huellas::AppSettings::Key key);

private:
    AppSettings() = default;
    QString value(Key key) const;
    void setValue(Key key, const QString& value);
};

} // namespace huellas
