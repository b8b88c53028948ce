#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "domain/proto_json.h"
#include "support/subprocess.h"

namespace lampid::testing {

// A headless Chromium driven through chromedriver's W3C WebDriver HTTP API (Debian's `chromium` and
// `chromium-driver`). Starts chromedriver on a free loopback port and one browser session with a fresh
// profile, without network services (the machine's network is closed), sandbox off (tests run as root).
// Every call that fails makes the current test fail (ADD_FAILURE) and returns an empty value.
class Browser {
 public:
  Browser();
  ~Browser();
  bool ok() const { return !session_.empty(); }

  void Navigate(const std::string& url);
  // The element id (W3C reference) of the first match of a CSS selector, waiting up to `timeout`; "" if none.
  std::string Find(const std::string& css, std::chrono::milliseconds timeout = std::chrono::seconds(20));
  void Type(const std::string& element, const std::string& text);
  void Click(const std::string& element);
  std::string Text(const std::string& element);
  // Runs `script` (a function body; `arguments` holds `args`) in the page and returns its result.
  domain::Json Execute(const std::string& script, const domain::Json& args = domain::Json::array());
  // Polls `script` until it returns true (or the timeout passes); returns whether it did.
  bool WaitFor(const std::string& script, std::chrono::milliseconds timeout = std::chrono::seconds(30));
  // A PNG of the viewport (for looking at failures).
  std::string Screenshot();

 private:
  domain::Json Call(const std::string& method, const std::string& path, const domain::Json& body);

  TempDir profile_;
  int port_ = 0;
  std::unique_ptr<BackgroundProcess> driver_;
  std::string session_;
};

}  // namespace lampid::testing
