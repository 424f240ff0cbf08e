#include "ui/defaultlicenseeditor.h"

#include "models/displaynames.h"

#include <QComboBox>
#include <QFormLayout>

DefaultLicenseEditor::DefaultLicenseEditor(const Account &account, QWidget *parent)
    : AccountValueEditor(parent)
    , m_license(new QComboBox(this))
{
    m_license->setObjectName(QStringLiteral("defaultLicenseChoice"));
    for (const LicenseValue &license : account.supportedLicenses)
        m_license->addItem(DisplayNames::license(license), license.wireName());
    m_license->setCurrentIndex(-1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("New default &license:"), m_license);
    connect(m_license, &QComboBox::currentIndexChanged, this, &AccountValueEditor::edited);
}

QString DefaultLicenseEditor::value() const
{
    return m_license->currentData().toString();
}

void DefaultLicenseEditor::startFrom(const QString &value)
{
    m_license->setCurrentIndex(m_license->findData(value));
    m_license->setFocus();
}

QString DefaultLicenseEditor::problem() const
{
    if (m_license->count() == 0)
        return tr("The account names no license it supports.");
    return m_license->currentIndex() < 0 ? tr("Choose a license.") : QString();
}
