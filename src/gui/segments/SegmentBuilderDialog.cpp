#include "SegmentBuilderDialog.h"

#include "RuleFieldLabels.h"
#include "RuleGroupEditor.h"
#include "RulesJsonDialog.h"
#include "SegmentPreviewLoader.h"
#include "SegmentPreviewModel.h"
#include "core/rules/RuleParser.h"
#include "core/rules/RuleWriter.h"
#include "ui_SegmentBuilderDialog.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QShortcut>

namespace huellas {
namespace {

// Long enough that typing 1-5-0-0 counts once, short enough to feel live.
constexpr int countDelayMs = 300;
constexpr int problemsShown = 3;

} // namespace

SegmentBuilderDialog::SegmentBuilderDialog(const SegmentFormChoices& choices,
                                           SegmentPreviewLoader* preview, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SegmentBuilderDialog>()), m_choices(choices),
      m_preview(preview), m_previewModel(new SegmentPreviewModel(this))
{
    m_ui->setupUi(this);
    m_root =
        new RuleGroupEditor(RuleGroupEditor::Mode::AllOf, m_choices, true, m_ui->rulesContainer);
    m_ui->rulesContainerLayout->addWidget(m_root);
    m_ui->rulesContainerLayout->addStretch();
    // The conditions need the room; the sample of members is a glance.
    m_ui->builderSplitter->setStretchFactor(0, 3);
    m_ui->builderSplitter->setStretchFactor(1, 1);
    m_ui->builderSplitter->setSizes({480, 200});

    m_ui->previewTable->setModel(m_previewModel);
    m_ui->previewTable->verticalHeader()->hide();
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(SegmentPreviewModel::Name,
                                                                 QHeaderView::Stretch);

    m_countDelay.setSingleShot(true);
    m_countDelay.setInterval(countDelayMs);
    connect(&m_countDelay, &QTimer::timeout, this, &SegmentBuilderDialog::requestCount);
    connect(m_root, &RuleGroupEditor::changed, this, [this] {
        m_storedRulesProblem.clear(); // the manager is rebuilding them
        rulesChanged();
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &SegmentBuilderDialog::validate);
    connect(m_ui->showJsonButton, &QPushButton::clicked, this, &SegmentBuilderDialog::showJson);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SegmentBuilderDialog::requestSave);
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &SegmentBuilderDialog::requestSave);
    if (m_preview) {
        connect(m_preview, &SegmentPreviewLoader::loaded, this, &SegmentBuilderDialog::showPreview);
        connect(m_preview, &SegmentPreviewLoader::failed, this,
                &SegmentBuilderDialog::showCountFailure);
    }
    setWindowTitle(tr("New segment"));
    rulesChanged();
}

SegmentBuilderDialog::~SegmentBuilderDialog()
{
    if (m_preview)
        m_preview->cancel();
}

void SegmentBuilderDialog::setSegment(const Segment& segment)
{
    m_base = segment;
    m_loading = true;
    m_ui->nameEdit->setText(segment.name);
    m_ui->descriptionEdit->setText(segment.description);
    m_ui->activeCheck->setChecked(segment.isActive);
    auto rules = SegmentRules::parse(segment.rulesJson.toUtf8());
    m_root->setObject(rules ? SegmentRules::toJsonObject(*rules) : QJsonObject());
    m_storedRulesProblem =
        rules ? QString() : tr("The saved rules cannot be read: %1").arg(rules.error());
    m_loading = false;
    setWindowTitle(segment.id > 0 ? tr("Segment: %1").arg(segment.name) : tr("New segment"));
    rulesChanged();
}

Segment SegmentBuilderDialog::segment() const
{
    Segment s = m_base;
    s.name = m_ui->nameEdit->text().trimmed();
    s.description = m_ui->descriptionEdit->text().trimmed();
    s.isActive = m_ui->activeCheck->isChecked();
    s.rulesJson = rulesJson();
    return s;
}

QString SegmentBuilderDialog::rulesJson() const
{
    const QJsonObject built = m_root->toObject();
    if (auto rules = SegmentRules::parse(built))
        return QString::fromUtf8(SegmentRules::toJson(*rules));
    return QString::fromUtf8(QJsonDocument(built).toJson(QJsonDocument::Compact));
}

void SegmentBuilderDialog::rulesChanged()
{
    if (m_loading)
        return;
    validate();
    m_liveCount = -1;
    m_countDelay.start();
}

std::optional<RuleTree> SegmentBuilderDialog::parsedRules(QStringList* problems)
{
    auto rules = SegmentRules::parse(m_root->toObject());
    if (rules)
        return *rules;
    if (problems) {
        const QStringList lines = rules.error().split(QLatin1Char('\n'));
        const QStringList alreadyShown = m_root->placeProblems(QString(), lines);
        for (const QString& line : lines)
            if (!alreadyShown.contains(line))
                *problems << ruleProblemForPeople(line);
    }
    return std::nullopt;
}

void SegmentBuilderDialog::validate()
{
    if (m_loading)
        return;
    m_root->clearProblems();
    QStringList problems;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        problems << tr("Give the segment a name.");
    if (!m_storedRulesProblem.isEmpty())
        problems << m_storedRulesProblem;
    problems << m_root->markUnfinished();
    parsedRules(&problems);
    m_problems = problems;

    QStringList shown = problems.mid(0, problemsShown);
    if (problems.size() > problemsShown)
        shown << tr("…and %1 more (marked in red above)").arg(problems.size() - problemsShown);
    m_ui->validationLabel->setText(shown.join(QLatin1Char('\n')));
    m_ui->validationLabel->setVisible(!problems.isEmpty());
    m_ui->saveButton->setEnabled(problems.isEmpty());
}

void SegmentBuilderDialog::requestCount()
{
    const std::optional<RuleTree> rules = parsedRules(nullptr);
    if (!rules || !m_preview) {
        if (m_preview)
            m_preview->cancel();
        m_previewModel->setMembers({});
        m_ui->memberCountLabel->setText(
            m_preview ? tr("Members: — (correct the conditions in red to count them)")
                      : tr("Members: —"));
        return;
    }
    m_ui->memberCountLabel->setText(tr("Members: counting…"));
    m_preview->request(*rules);
}

void SegmentBuilderDialog::showPreview(const SegmentPreview& preview)
{
    m_liveCount = preview.memberCount;
    m_previewModel->setMembers(preview.firstMembers);
    const QString count = QLocale().toString(preview.memberCount);
    m_ui->memberCountLabel->setText(preview.memberCount > preview.firstMembers.size()
                                        ? tr("Members: %1 · the first %2 by name below")
                                              .arg(count)
                                              .arg(preview.firstMembers.size())
                                        : tr("Members: %1").arg(count));
}

void SegmentBuilderDialog::showCountFailure(const QString& message)
{
    m_previewModel->setMembers({});
    m_ui->memberCountLabel->setText(tr("Members could not be counted: %1").arg(message));
}

void SegmentBuilderDialog::showJson()
{
    auto* dialog = new RulesJsonDialog(rulesJson().toUtf8(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void SegmentBuilderDialog::requestSave()
{
    validate();
    if (!m_problems.isEmpty())
        return;
    emit saveRequested();
}

} // namespace huellas
