#include "RuleValueEditorFactory.h"

#include "ChoiceChecklistEditor.h"
#include "DateValueEditor.h"
#include "PesosEditor.h"
#include "TextListEditor.h"
#include "WholeNumberEditor.h"
#include "YesNoEditor.h"
#include "storage/segments/SegmentFormData.h"

#include <QCoreApplication>

namespace huellas {
namespace {

// Engagement is a score from 0 to 100; days and visits only need to be generous.
constexpr int largestEngagement = 100;
constexpr int largestCount = 999'999;

RuleValueEditor* textListEditor(RuleKey key, const SegmentFormChoices& choices, QWidget* parent)
{
    switch (key) {
    case RuleKey::City:
        return new TextListEditor(QCoreApplication::translate("Segments", "City; Enter adds it"),
                                  choices.cities, parent);
    case RuleKey::Neighborhood:
        return new TextListEditor(
            QCoreApplication::translate("Segments", "Neighborhood; Enter adds it"),
            choices.neighborhoods, parent);
    case RuleKey::PreferredLanguage:
        return new TextListEditor(
            QCoreApplication::translate("Segments", "Language code (es, en); Enter adds it"),
            choices.languages, parent);
    default:
        return new TextListEditor(QCoreApplication::translate("Segments", "Tag; Enter adds it"),
                                  choices.tags, parent);
    }
}

} // namespace

RuleValueEditor* createRuleValueEditor(RuleKey key, const SegmentFormChoices& choices,
                                       QWidget* parent)
{
    const RuleKeyInfo& info = ruleKeyInfo(key);
    switch (info.kind) {
    case RuleValueKind::ChoiceList:
        return new ChoiceChecklistEditor(info.choices, parent);
    case RuleValueKind::TextList:
    case RuleValueKind::TagList:
        return textListEditor(key, choices, parent);
    case RuleValueKind::Boolean:
        return new YesNoEditor(parent);
    case RuleValueKind::Pesos:
        return new PesosEditor(parent);
    case RuleValueKind::WholeNumber:
        return new WholeNumberEditor(key == RuleKey::EngagementMin || key == RuleKey::EngagementMax
                                         ? largestEngagement
                                         : largestCount,
                                     parent);
    case RuleValueKind::Date:
        return new DateValueEditor(parent);
    case RuleValueKind::Alternatives:
        break;
    }
    Q_ASSERT_X(false, "createRuleValueEditor", "an \"any\" group is not a single value");
    return nullptr;
}

} // namespace huellas
