#include "ReportStyle.h"

namespace prepmark {

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
