#pragma once

namespace prepmark {

// The GUI's start-up: command line, sign-in (to this computer's database file, where the
// demo is built on first start, or to a department server), the main window, and the
// non-interactive modes used by CI and documentation:
//
//   prepmark [--db FILE|URL]               sign in and work (URL: postgresql://USER@HOST/DBNAME)
//   prepmark --self-test [--db FILE|URL]   open the database, build every page of every
//                                          role offscreen, print what was checked, exit 0
//   prepmark --screenshot PNG --as USER [--db FILE|URL] [--size WxH] [--page PAGE]
//                                          sign in as USER (demo password), save the window;
//                                          --page signin saves the sign-in dialog instead
int runGuiApplication(int argc, char *argv[]);

} // namespace prepmark
