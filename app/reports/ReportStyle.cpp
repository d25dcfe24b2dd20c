#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QRegularExpression>

namespace prepmark {

QString ReportStyle::fitted(Text style, const QString &text, double width)
{
    const QFontMetricsF metrics(font(style));
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QString result;
    qsizetype done = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(done, match.capturedStart() - done);
        done = match.capturedEnd();
        QString rest = match.captured();
        while (metrics.horizontalAdvance(rest) > width && rest.size() > 1) {
            qsizetype take = rest.size() - 1;
            while (take > 1 && metrics.horizontalAdvance(rest.left(take) + QLatin1Char('-')) > width)
                --take;
            result += rest.left(take) + QStringLiteral("-\n");
            rest = rest.mid(take);
        }
        result += rest;
    }
    return result + text.mid(done);
}

QFont ReportStyle::font(Text text)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    switch (text) {
    case Text::Title:
        font.setPixelSize(26);
        font.setBold(true);
        break;
    case Text::TitleLine:
        font.setPixelSize(12);
        break;
    case Text::Heading:
        font.setPixelSize(15);
        font.setBold(true);
        break;
    case Text::Body:
        font.setPixelSize(9);
        break;
    case Text::Small:
    case Text::Footer:
        font.setPixelSize(7);
        break;
    case Text::TableHeader:
        font.setPixelSize(8);
        font.setBold(true);
        break;
    case Text::TableCell:
        font.setPixelSize(8);
        break;
    case Text::FigureValue:
        font.setPixelSize(18);
        font.setBold(true);
        break;
    case Text::FigureLabel:
        font.setPixelSize(7);
        break;
    }
    return font;
}

} // namespace prepmark
