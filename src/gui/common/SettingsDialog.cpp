#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "core/AppSettings.h"

#include <QFileDialog>

namespace huellas {

SettingsDialog::SettingsDialog(const QString& defaultBackupFolder, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()),
      m_defaultBackupFolder(defaultBackupFolder)
{
    m_ui->setupUi(this);
    const AppSettings& settings = AppSettings::instance();
    m_ui->languageCombo->addItem(tr("Spanish"), QStringLiteral("es"));
    m_ui->languageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(settings.language() == QLatin1String("en") ? 1 : 0);
    m_ui->backupFolderEdit->setPlaceholderText(defaultBackupFolder);
    m_ui->backupFolderEdit->setText(settings.backupFolder());
    m_ui->backupsKeptSpin->setValue(settings.backupsKept());
    m_ui->noteLabel->setText(tr("A backup is taken once a day, in the background, a few seconds "
                                "after the program starts; the oldest beyond the number kept are "
                                "removed. Empty folder: %1. A new language applies the next time "
                                "Huellas CRM starts.")
                                 .arg(defaultBackupFolder));
    connect(m_ui->chooseBackupFolderButton, &QPushButton::clicked, this,
            &SettingsDialog::chooseBackupFolder);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::chooseBackupFolder()
{
    const QString start = m_ui->backupFolderEdit->text().isEmpty() ? m_defaultBackupFolder
                                                                   : m_ui->backupFolderEdit->text();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Daily backups folder"), start);
    if (!chosen.isEmpty())
        m_ui->backupFolderEdit->setText(chosen);
}

void SettingsDialog::accept()
{
    AppSettings& settings = AppSettings::instance();
    settings.setLanguage(m_ui->languageCombo->currentData().toString());
    settings.setBackupFolder(m_ui->backupFolderEdit->text().trimmed());
    settings.setBackupsKept(m_ui->backupsKeptSpin->value());
    QDialog::accept();
}

} // namespace huellas
