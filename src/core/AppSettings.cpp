#include "AppSettings.h"

#include <QSettings>

namespace huellas {
namespace {

struct KeyInfo
{
    const char* name;
    const char* defaultValue;
};

KeyInfo info(AppSettings::Key key)
{
    switch (key) {
    case AppSettings::Key::Language: return {"ui/language", "es"};
    case AppSettings::Key::LastDatabase: return {"storage/lastDatabase", ""};
    case AppSettings::Key::BackupFolder: return {"backup/folder", ""};
    case AppSettings::Key::BackupsKept: return {"backup/kept", "7"};
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings& AppSettings::instance()
{
    static AppSettings settings;
    return settings;
}

QString AppSettings::value(Key key) const
{
    const KeyInfo k = info(key);
    return QSettings().value(QLatin1String(k.name), QString::fromLatin1(k.defaultValue)).toString();
}

void AppSettings::setValue(Key key, const QString& value)
{
    if (this->value(key) == value)
        return;
    QSettings().setValue(QLatin1String(info(key).name), value);
    emit changed(key);
}

QString AppSettings::language() const { return value(Key::Language); }
void AppSettings::setLanguage(const QString& language) { setValue(Key::Language, language); }
QString AppSettings::lastDatabase() const { return value(Key::LastDatabase); }
void AppSettings::setLastDatabase(const QString& path) { setValue(Key::LastDatabase, path); }
QString AppSettings::backupFolder() const { return value(Key::BackupFolder); }
void AppSettings::setBackupFolder(const QString& folder) { setValue(Key::BackupFolder, folder); }

int AppSettings::backupsKept() const
{
    bool ok = false;
    const int kept = value(Key::BackupsKept).toInt(&ok);
    return ok && kept >= 1 ? kept : 7;
}

void AppSettings::setBackupsKept(int count) { setValue(Key::BackupsKept, QString::number(qMax(1, count))); }

} // namespace huellas
