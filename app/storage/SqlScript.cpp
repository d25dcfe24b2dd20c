#include "SqlScript.h"

namespace prepmark {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The word starting at i, upper-cased, if i starts a word.
QString wordAt(const QString &text, qsizetype i)
{
    if (i > 0 && isWordChar(text[i - 1]))
        return {};
    qsizetype end = i;
    while (end < text.size() && isWordChar(text[end]))
        ++end;
    return text.mid(i, end - i).toUpper();
}
} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // BEGIN/CASE ... END nesting inside a trigger body
    bool inTrigger = false;
    qsizetype i = 0;
    auto finish = [&]() {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
        inTrigger = false;
        blockDepth = 0;
    };
    while (i < script.size()) {
        const QChar c = script[i];
        if (c == QLatin1Char('-') && i + 1 < script.size() && script[i + 1] == QLatin1Char('-')) {
            while (i < script.size() && script[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < script.size() && script[i + 1] == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? script.size() : end + 2;
            continue;
        }
        if (c == QLatin1Char('$')) {
            // A PostgreSQL dollar-quoted body ($$ ... $$ or $tag$ ... $tag$): copied whole,
            // its semicolons are not statement ends.
            qsizetype tagEnd = i + 1;
            while (tagEnd < script.size() && (script[tagEnd].isLetter() || script[tagEnd] == QLatin1Char('_')))
                ++tagEnd;
            if (tagEnd < script.size() && script[tagEnd] == QLatin1Char('$')) {
                const QString tag = script.mid(i, tagEnd - i + 1);
                const qsizetype close = script.indexOf(tag, tagEnd + 1);
                const qsizetype end = close < 0 ? script.size() : close + tag.size();
                current += script.mid(i, end - i);
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < script.size()) {
                if (script[end] == c) {
                    if (end + 1 < script.size() && script[end + 1] == c) {
                        end += 2; // doubled quote inside the literal
                        continue;
                    }
                    break;
                }
                ++end;
            }
            current += script.mid(i, end - i + 1);
            i = end + 1;
            continue;
        }
        if (c.isLetter()) {
            const QString word = wordAt(script, i);
            if (!word.isEmpty()) {
                if (word == QLatin1String("TRIGGER"))
                    inTrigger = true;
                else if (inTrigger && (word == QLatin1String("BEGIN") || word == QLatin1String("CASE")))
                    ++blockDepth;
                else if (inTrigger && word == QLatin1String("END") && blockDepth > 0)
                    --blockDepth;
                current += script.mid(i, word.size());
                i += word.size();
                continue;
            }
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            finish();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    finish();
    return statements;
}

} // namespace prepmark
