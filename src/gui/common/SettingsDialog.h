#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace huellas {

// Archivo → Preferencias: this computer's own settings — the interface language and where the
// daily backups go and how many are kept (AppSettings). Accepting stores them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `defaultBackupFolder`: what an empty folder means ("respaldos" beside the database).
    SettingsDialog(const QString& defaultBackupFolder, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void chooseBackupFolder();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QString m_defaultBackupFolder;
};

} // namespace huellas
