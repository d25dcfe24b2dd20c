#include "SettingsDialog.h"

#include "LanguageManager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace prepmark {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languagePicker"));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_note->setText(tr("The language changes at once; numbers and dates follow it."));
    const QString chosen = m_language->count() > 0 ? m_language->currentData().toString() : LanguageManager::stored();
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    for (const auto &language : LanguageManager::languages())
        m_language->addItem(language.second, language.first);
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosen)));
}

void SettingsDialog::apply()
{
    const QString code = m_language->currentData().toString();
    LanguageManager::store(code);
    LanguageManager::apply(code);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace prepmark
