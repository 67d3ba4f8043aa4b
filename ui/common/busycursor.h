#pragma once
// BusyCursor: shows the wait cursor for its lifetime (RAII). Used around the short
// blocking calls into core (a save that writes secrets to the OS keychain blocks until
// the keychain answers; the GUI accepts that short block and says so with the cursor).

namespace mlops::ui {

class BusyCursor {
public:
    BusyCursor();
    ~BusyCursor();
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

}  // namespace mlops::ui
