#include "webdriver.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <sodium.h>

#include <thread>

namespace lampid::testing {
namespace {

using domain::Json;
// The W3C WebDriver key of an element reference.
constexpr const char* kElementKey = "element-6066-11e4-a52e-4f735466cecf";

}  // namespace

Browser::Browser() {
  port_ = FreeTcpPort();
  driver_ = std::make_unique<BackgroundProcess>(
      std::vector<std::string>{"/usr/bin/chromedriver", "--port=" + std::to_string(port_)},
      std::map<std::string, std::string>{}, profile_.File("chromedriver.log"));
  if (!WaitForPort(port_)) {
    ADD_FAILURE() << "chromedriver did not start (install: scripts/install-deps.sh --tests)";
    return;
  }
  const Json args =
      Json::array({"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   "--no-first-run", "--disable-breakpad", "--disable-crash-reporter",
                   "--window-size=1366,768", "--lang=id", "--user-data-dir=" + profile_.File("profile")});
  const Json caps = {{"capabilities",
                      {{"alwaysMatch",
                        {{"browserName", "chrome"},
                         {"goog:chromeOptions", {{"binary", "/usr/bin/chromium"}, {"args", args}}}}}}}};
  const Json answer = Call("POST", "/session", caps);
  if (answer.contains("sessionId")) session_ = answer["sessionId"];
  if (session_.empty()) ADD_FAILURE() << "no WebDriver session: " << answer.dump();
}

Browser::~Browser() {
  if (!session_.empty()) (void)Call("DELETE", "/session/" + session_, Json());
  driver_.reset();
}

Json Browser::Call(const std::string& method, const std::string& path, const Json& body) {
  httplib::Client client("127.0.0.1", port_);
  client.set_read_timeout(120, 0);
  httplib::Result r = method == "GET" ? client.Get(path)
                      : method == "DELETE"
                          ? client.Delete(path)
                          : client.Post(path, body.is_null() ? "{}" : body.dump(), "application/json");
  if (!r) {
    ADD_FAILURE() << method << " " << path << ": " << httplib::to_string(r.error());
    return Json();
  }
  const Json answer = Json::parse(r->body, nullptr, false);
  if (r->status != 200 || answer.is_discarded()) {
    ADD_FAILURE() << method << " " << path << " → " << r->status << ": " << r->body.substr(0, 500);
    return Json();
  }
  return answer.contains("value") ? answer["value"] : Json();
}

void Browser::Navigate(const std::string& url) {
  Call("POST", "/session/" + session_ + "/url", {{"url", url}});
}

std::string Browser::Find(const std::string& css, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    const Json found = Execute("return document.querySelector(arguments[0]) !== null;", Json::array({css}));
    if (found.is_boolean() && found.get<bool>()) {
      const Json v =
          Call("POST", "/session/" + session_ + "/element", {{"using", "css selector"}, {"value", css}});
      if (v.contains(kElementKey)) return v[kElementKey];
    }
    if (std::chrono::steady_clock::now() > deadline) {
      ADD_FAILURE() << "no element matches " << css;
      return {};
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

void Browser::Type(const std::string& element, const std::string& text) {
  Call("POST", "/session/" + session_ + "/element/" + element + "/value", {{"text", text}});
}

void Browser::Click(const std::string& element) {
  Call("POST", "/session/" + session_ + "/element/" + element + "/click", Json::object());
}

std::string Browser::Text(const std::string& element) {
  const Json v = Call("GET", "/session/" + session_ + "/element/" + element + "/text", Json());
  return v.is_string() ? v.get<std::string>() : std::string();
}

Json Browser::Execute(const std::string& script, const Json& args) {
  return Call("POST", "/session/" + session_ + "/execute/sync", {{"script", script}, {"args", args}});
}

bool Browser::WaitFor(const std::string& script, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    const Json v = Execute(script);
    if (v.is_boolean() && v.get<bool>()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

std::string Browser::Screenshot() {
  const Json v = Call("GET", "/session/" + session_ + "/screenshot", Json());
  if (!v.is_string()) return {};
  const std::string b64 = v;
  std::string out(b64.size(), '\0');
  size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), b64.data(), b64.size(),
                        nullptr, &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return {};
  }
  out.resize(len);
  return out;
}

}  // namespace lampid::testing
