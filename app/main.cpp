#include "ui/app/GuiApplication.h"

int main(int argc, char *argv[])
{
    return prepmark::runGuiApplication(argc, argv);
}
