#pragma once

#include "core/rules/RuleTree.h"
#include "core/rules/Segment.h"
#include "storage/segments/SegmentFormData.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class SegmentBuilderDialog;
}

namespace huellas {

class RuleGroupEditor;
class SegmentPreviewLoader;
class SegmentPreviewModel;

// "Segmento": the manager builds a segment's rules from rows of conditions and "any of" groups
// without typing JSON, and sees how many owners they select while editing. Problems (an
// unfinished row, min above max, an empty list) show in red under the row they concern and
// keep Save disabled; the rule engine's own parser decides what is valid. It never touches the
// database: the preview loader counts on its own thread, and saving is the receiver's job.
class SegmentBuilderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentBuilderDialog)

public:
    // `preview` may be null (no live count); it must outlive the dialog.
    SegmentBuilderDialog(const SegmentFormChoices& choices, SegmentPreviewLoader* preview,
                         QWidget* parent = nullptr);
    ~SegmentBuilderDialog() override;

    void setSegment(const Segment& segment);
    // What the form holds, on top of the segment given to setSegment() (id, slug, created_at).
    Segment segment() const;
    // Canonical (SegmentRules::toJson) when the rules are valid; what was built otherwise.
    QString rulesJson() const;

    // What keeps Save disabled, as shown under the rules; empty when the segment can be saved.
    QStringList problems() const { return m_problems; }
    // The live count of the current rules; -1 while counting or when they are not valid.
    int liveMemberCount() const { return m_liveCount; }
    RuleGroupEditor* rootGroup() const { return m_root; }
    SegmentPreviewModel* previewModel() const { return m_previewModel; }

signals:
    // The form is complete; the receiver saves segment() and accept()s on success, so a failed
    // save loses nothing.
    void saveRequested();

private:
    void rulesChanged();
    void validate();
    // With `problems`, also marks each parser problem under its row and lists the rest.
    std::optional<RuleTree> parsedRules(QStringList* problems);
    void requestCount();
    void showPreview(const SegmentPreview& preview);
    void showCountFailure(const QString& message);
    void showJson();
    void requestSave();

    std::unique_ptr<Ui::SegmentBuilderDialog> m_ui;
    const SegmentFormChoices m_choices;
    // The owner of both may delete the loader first: its children go in creation order.
    QPointer<SegmentPreviewLoader> m_preview;
    SegmentPreviewModel* m_previewModel;
    RuleGroupEditor* m_root;
    QTimer m_countDelay;
    Segment m_base;
    QString m_storedRulesProblem; // rules that no longer parse, until they are edited
    QStringList m_problems;
    int m_liveCount = -1;
    bool m_loading = false;
};

} // namespace huellas
