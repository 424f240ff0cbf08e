#include "ui/delegategroupseditor.h"

#include "models/delegategroupsact.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

DelegateGroupsEditor::DelegateGroupsEditor(QWidget *parent)
    : AccountValueEditor(parent)
    , m_groups(new QPlainTextEdit(this))
{
    m_groups->setObjectName(QStringLiteral("delegateGroupsEdit"));
    m_groups->setTabChangesFocus(true);
    auto *label = new QLabel(tr("&Groups, one name a line:"), this);
    label->setBuddy(m_groups);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(label);
    layout->addWidget(m_groups);
    connect(m_groups, &QPlainTextEdit::textChanged, this, &AccountValueEditor::edited);
}

QString DelegateGroupsEditor::value() const
{
    QList<QString> names;
    for (const QString &line : m_groups->toPlainText().split(u'\n')) {
        if (const QString name = line.trimmed(); !name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return DelegateGroupsAct::valueOf(names);
}

void DelegateGroupsEditor::startFrom(const QString &value)
{
    m_groups->setPlainText(QStringList(DelegateGroupsAct::groupsOf(value).value_or(QList<QString>())).join(u'\n'));
    m_groups->setFocus();
}
