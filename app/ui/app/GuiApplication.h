#pragma once

namespace prepmark {

// The GUI's start-up: command line, database (the demo on first start), sign-in, the
// main window, and the non-interactive modes used by CI and documentation:
//
//   prepmark [--db FILE]                   sign in and work
//   prepmark --self-test [--db FILE]       open the database, build every page of every
//                                          role offscreen, print what was checked, exit 0
//   prepmark --screenshot PNG --as USER [--db FILE] [--size WxH]
//                                          sign in as USER (demo password), save the window
int runGuiApplication(int argc, char *argv[]);

} // namespace prepmark
