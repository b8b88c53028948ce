#include "central-server/http/dashboard_server.h"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include <charconv>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "central-server/http/metrics_text.h"
#include "central-server/http/session_token.h"
#include "core/civil_time.h"
#include "domain/report_json.h"

namespace lampid::resources {
extern const unsigned char dashboard_index_html[];
extern const std::size_t dashboard_index_html_size;
extern const unsigned char dashboard_app_js[];
extern const std::size_t dashboard_app_js_size;
extern const unsigned char dashboard_app_css[];
extern const std::size_t dashboard_app_css_size;
}  // namespace lampid::resources

namespace lampid::central::http {
namespace {

using domain::Json;

constexpr const char* kCookie = "lampid_session";
constexpr const char* kSessionKeyName = "dashboard_session_key";
// The same limits as edge logins (SyncCore::Login), on the same per-user counter.
constexpr int kMaxFailures = 5;
constexpr int64_t kLockoutMs = 15 * 60 * 1000;

std::string_view Embedded(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

int HttpStatusOf(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return 200;
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kUnauthenticated:
      return 401;
    case StatusCode::kPermissionDenied:
      return 403;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kAlreadyExists:
    case StatusCode::kFailedPrecondition:
    case StatusCode::kAborted:
      return 409;
    case StatusCode::kResourceExhausted:
      return 429;
    case StatusCode::kUnavailable:
      return 503;
    default:
      return 500;
  }
}

void SendJson(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_content(body.dump(), "application/json; charset=utf-8");
}

void SendStatus(httplib::Response& res, const Status& s) {
  const int http = HttpStatusOf(s.code());
  // Server-side failures are logged (store errors carry no personal data); the caller's mistakes are not.
  if (http >= 500) spdlog::error("dashboard request failed: {}", s.ToString());
  SendJson(res, http,
           {{"error", {{"code", std::string(StatusCodeName(s.code()))}, {"message", s.message()}}}});
}

std::string CookieValue(const httplib::Request& req, std::string_view name) {
  const std::string header = req.get_header_value("Cookie");
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string_view part(header.data() + pos, end - pos);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.size() > name.size() && part.substr(0, name.size()) == name && part[name.size()] == '=') {
      return std::string(part.substr(name.size() + 1));
    }
    pos = end + 1;
  }
  return {};
}

bool DashboardRole(Role role) {
  return role == Role::kAnalisPusat || role == Role::kPejabatKabKota || role == Role::kAdmin;
}

// The session tag (after the dot) identifies a token for revocation without keeping the token.
std::string TokenTag(const std::string& token) {
  const size_t dot = token.find('.');
  return dot == std::string::npos ? token : token.substr(dot + 1);
}

struct Caller {
  User user;
  Session session;
  std::string token;
};

class Server final : public DashboardServer {
 public:
  Server(CentralStore& store, std::shared_ptr<const domain::RegionTable> regions, const Clock& clock,
         LiveSources live, const DashboardOptions& options, SessionSigner signer)
      : queries_(store, std::move(regions), clock, live), options_(options), signer_(std::move(signer)) {}

  ~Server() override { Stop(); }

  Status Listen(const std::string& host, int port) {
    const bool tls = !options_.cert_file.empty();
    if (tls) {
      auto ssl = std::make_unique<httplib::SSLServer>(options_.cert_file.c_str(), options_.key_file.c_str());
      if (!ssl->is_valid()) {
        return Status::FailedPrecondition("cannot load the TLS certificate or key (" + options_.cert_file +
                                          ", " + options_.key_file + ")");
      }
      server_ = std::move(ssl);
    } else {
      server_ = std::make_unique<httplib::Server>();
    }
    tls_ = tls;
    const size_t threads = std::max<size_t>(1, options_.threads);
    server_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server_->set_payload_max_length(64 * 1024);
    // Small JSON answers on kept-alive connections would otherwise wait for the client's delayed ACK (~40
    // ms).
    server_->set_tcp_nodelay(true);
    server_->set_keep_alive_max_count(100);
    server_->set_keep_alive_timeout(2);  // an idle kept-alive connection holds a handler thread
    server_->set_default_headers({
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        {"Content-Security-Policy",
         "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
         "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"},
    });
    server_->set_logger([](const httplib::Request& req, const httplib::Response& res) {
      // Path only: no query string, no body, no cookie.
      spdlog::debug("http {} {} {}", req.method, req.path, res.status);
    });
    Routes();
    if (port == 0) {
      port_ = server_->bind_to_any_port(host);
      if (port_ <= 0) return Status::Unavailable("cannot bind the dashboard to " + host);
    } else {
      if (!server_->bind_to_port(host, port)) {
        return Status::Unavailable("cannot bind the dashboard to " + host + ":" + std::to_string(port));
      }
      port_ = port;
    }
    thread_ = std::thread([this] { server_->listen_after_bind(); });
    // stop() only works once the loop runs.
    for (int i = 0; i < 500 && !server_->is_running(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    return Status::Ok();
  }

  int port() const override { return port_; }
  bool tls() const override { return tls_; }

  void Stop() override {
    std::lock_guard lock(stop_mu_);
    if (!server_) return;
    server_->stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
  }

 private:
  // ---- sessions ------------------------------------------------------------------------------------------

  // The caller of an API request, or nullopt after answering 401/403 itself.
  std::optional<Caller> Authenticate(const httplib::Request& req, httplib::Response& res) {
    ++metrics_.requests;
    Caller caller;
    caller.token = CookieValue(req, kCookie);
    const int64_t now = queries_.clock().NowMillis();
    auto session = signer_.Verify(caller.token, now);
    if (!session.ok() || Revoked(caller.token)) {
      ++metrics_.requests_unauthenticated;
      SendStatus(res, Status::Unauthenticated("silakan masuk / please log in"));
      return std::nullopt;
    }
    auto user = queries_.store().GetUser(session->user_id);
    if (!user.ok()) {
      SendStatus(res, user.status());
      return std::nullopt;
    }
    // The account as it is now: deactivation or a new role or region ends the session.
    if (!*user || !(*user)->active || (*user)->role != session->role ||
        (*user)->region_code != session->region_code || !DashboardRole((*user)->role)) {
      ++metrics_.requests_unauthenticated;
      SendStatus(res,
                 Status::Unauthenticated("sesi tidak berlaku lagi; silakan masuk / session no longer valid"));
      return std::nullopt;
    }
    caller.user = std::move(**user);
    caller.session = std::move(*session);
    return caller;
  }

  bool Revoked(const std::string& token) {
    std::lock_guard lock(revoked_mu_);
    return revoked_.count(TokenTag(token)) > 0;
  }

  void Revoke(const Caller& caller) {
    std::lock_guard lock(revoked_mu_);
    const int64_t now = queries_.clock().NowMillis();
    std::erase_if(revoked_, [now](const auto& entry) { return entry.second <= now; });
    revoked_[TokenTag(caller.token)] = caller.session.expires_at_ms;
  }

  std::string SessionCookie(const std::string& token, int64_t max_age_s) const {
    return std::string(kCookie) + "=" + token +
           "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age_s) +
           (tls_ ? "; Secure" : "");
  }

  // POST bodies must be JSON (a cross-site form cannot send that without CORS) from this origin.
  bool CheckPost(const httplib::Request& req, httplib::Response& res) {
    const std::string type = req.get_header_value("Content-Type");
    if (type.rfind("application/json", 0) != 0) {
      SendStatus(res,
                 Status::InvalidArgument("Content-Type harus application/json / must be application/json"));
      return false;
    }
    const std::string origin = req.get_header_value("Origin");
    const std::string host = req.get_header_value("Host");
    if (!origin.empty() && origin != "http://" + host && origin != "https://" + host) {
      ++metrics_.requests_forbidden;
      SendStatus(res, Status::PermissionDenied("permintaan dari situs lain / cross-site request"));
      return false;
    }
    return true;
  }

  Json UserJson(const User& u, int64_t expires_at_ms) const {
    auto region = queries_.DescribeRegion(u.region_code);
    return {{"user_id", u.user_id},
            {"display_name", u.display_name},
            {"role", std::string(RoleName(u.role))},
            {"region", region.ok() ? *region : Json{{"code", u.region_code}, {"name", u.region_code}}},
            {"expires_at", FormatTimestamp(expires_at_ms)}};
  }

  void Login(const httplib::Request& req, httplib::Response& res) {
    if (!CheckPost(req, res)) return;
    const Json body = Json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("user_id") ||
        !body["user_id"].is_string() || !body.contains("password") || !body["password"].is_string()) {
      return SendStatus(
          res, Status::InvalidArgument("kirim {\"user_id\", \"password\"} / send user_id and password"));
    }
    const std::string user_id = body["user_id"].get<std::string>();
    const std::string password = body["password"].get<std::string>();
    const int64_t now = queries_.clock().NowMillis();
    CentralStore& store = queries_.store();
    auto failures = store.LoginFailures(user_id);
    if (!failures.ok()) return SendStatus(res, failures.status());
    if (failures->first >= kMaxFailures && now - failures->second < kLockoutMs) {
      ++metrics_.logins_locked;
      spdlog::warn("dashboard login locked after {} failures (from {})", failures->first, req.remote_addr);
      return SendStatus(
          res, Status::ResourceExhausted("Terlalu banyak percobaan masuk yang gagal; coba lagi dalam 15 "
                                         "menit. / Too many failed logins; try again in 15 minutes."));
    }
    auto user = store.GetUser(user_id);
    if (!user.ok()) return SendStatus(res, user.status());
    // Hash even for an unknown user, so that timing does not tell which user ids exist.
    const bool ok =
        *user ? VerifyPassword((*user)->password_hash, password) : (HashPassword(password), false);
    if (!ok || !(*user)->active) {
      if (*user) (void)store.RecordLoginFailure(user_id, now);
      ++metrics_.logins_failed;
      spdlog::warn("dashboard login failed (from {})", req.remote_addr);
      return SendStatus(
          res, Status::Unauthenticated("Nama pengguna atau kata sandi salah / wrong user name or password"));
    }
    if (Status s = store.ResetLoginFailures(user_id); !s.ok()) return SendStatus(res, s);
    const User& u = **user;
    if (!DashboardRole(u.role)) {
      ++metrics_.logins_wrong_role;
      return SendStatus(res,
                        Status::PermissionDenied("Peran " + std::string(RoleName(u.role)) +
                                                 " tidak memakai dasbor web; gunakan aplikasi desktop / this "
                                                 "role does not use the web dashboard"));
    }
    const Session session{u.user_id, u.role, u.region_code, now + options_.session_ttl_ms};
    const std::string token = signer_.Issue(session);
    ++metrics_.logins_ok;
    res.set_header("Set-Cookie", SessionCookie(token, options_.session_ttl_ms / 1000));
    res.set_header("Cache-Control", "no-store");
    SendJson(res, 200, {{"user", UserJson(u, session.expires_at_ms)}});
  }

  // ---- API helpers ---------------------------------------------------------------------------------------

  // The region asked for (default: the user's own), if the user may see it.
  Result<std::string> RegionParam(const Caller& c, const httplib::Request& req) {
    const std::string region = req.has_param("region") ? req.get_param_value("region") : c.user.region_code;
    if (!RegionCovers(c.user.region_code, region)) {
      ++metrics_.requests_forbidden;
      return Status::PermissionDenied("wilayah " + (region.empty() ? std::string("nasional") : region) +
                                      " di luar wilayah Anda / outside your region");
    }
    return region;
  }

  Result<StatsFilter> FilterParam(const Caller& c, const httplib::Request& req) {
    StatsFilter f;
    LAMPID_ASSIGN_OR_RETURN(f.region, RegionParam(c, req));
    f.month_from = req.get_param_value("from");
    f.month_to = req.get_param_value("to");
    return f;
  }

  static Result<int> IntParam(const httplib::Request& req, const char* name, int fallback, int lo, int hi) {
    if (!req.has_param(name)) return fallback;
    const std::string text = req.get_param_value(name);
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < lo || value > hi) {
      return Status::InvalidArgument(std::string(name) + " harus bilangan " + std::to_string(lo) + "…" +
                                     std::to_string(hi) + " / must be a number in range");
    }
    return value;
  }

  using ViewFn = std::function<Result<DashboardView>(const Caller&, const httplib::Request&)>;

  // GET <path> (JSON) and GET <path>.csv or <path>?format=csv (the same table as CSV).
  void TableRoute(const std::string& path, const std::string& name, ViewFn fn) {
    server_->Get(path + R"((\.csv)?)", [this, name, fn](const httplib::Request& req, httplib::Response& res) {
      auto caller = Authenticate(req, res);
      if (!caller) return;
      auto view = fn(*caller, req);
      if (!view.ok()) return SendStatus(res, view.status());
      res.set_header("Cache-Control", "no-store");
      const bool csv =
          (req.matches.size() > 1 && req.matches[1].matched) || req.get_param_value("format") == "csv";
      if (csv) {
        // Only digits and dots reach the header (the region was validated, except where a view ignores it).
        std::string region;
        for (char ch : req.has_param("region") ? req.get_param_value("region") : caller->user.region_code) {
          if ((ch >= '0' && ch <= '9') || ch == '.') region += ch;
        }
        if (region.empty()) region = "nasional";
        res.set_header("Content-Disposition",
                       "attachment; filename=\"lampid-" + name + "-" + region + ".csv\"");
        res.set_content(TableToCsv(view->table), "text/csv; charset=utf-8");
        return;
      }
      // The context object with the table's members appended, written as text (the tables can be large).
      std::string body = view->context.dump();
      body.pop_back();  // the closing brace
      if (body.size() > 1) body += ',';
      AppendTableJsonMembers(view->table, body);
      body += '}';
      res.status = 200;
      res.set_content(std::move(body), "application/json; charset=utf-8");
    });
  }

  void Decide(const httplib::Request& req, httplib::Response& res) {
    if (!CheckPost(req, res)) return;
    auto caller = Authenticate(req, res);
    if (!caller) return;
    if (caller->user.role != Role::kPejabatKabKota) {
      ++metrics_.requests_forbidden;
      return SendStatus(res,
                        Status::PermissionDenied("hanya pejabat kab/kota yang memutuskan / only a kab/kota "
                                                 "official decides"));
    }
    const std::string report_id = req.matches[1];
    const auto action = ActionFromName(std::string(req.matches[2]));
    const Json body = req.body.empty() ? Json::object() : Json::parse(req.body, nullptr, false);
    if (!action || body.is_discarded() || !body.is_object()) {
      return SendStatus(
          res, Status::InvalidArgument("badan permintaan harus objek JSON / body must be a JSON object"));
    }
    const std::string reason = body.value("reason", std::string());
    const std::string action_id = body.value("action_id", std::string());
    if (reason.size() > 1000 || action_id.size() > 100) {
      return SendStatus(res, Status::InvalidArgument("alasan terlalu panjang / reason too long"));
    }
    auto state = queries_.Decide(caller->user, report_id, *action, reason, action_id);
    if (!state.ok()) {
      if (state.status().code() == StatusCode::kPermissionDenied) ++metrics_.requests_forbidden;
      return SendStatus(res, state.status());
    }
    ++metrics_.review_decisions;
    spdlog::info("review: {} {} by a pejabat of {}", ActionName(*action), report_id,
                 caller->user.region_code);
    res.set_header("Cache-Control", "no-store");
    SendJson(res, 200,
             {{"id", report_id},
              {"state", domain::WorkflowStateName(state->workflow_state())},
              {"registration_number", state->registration_number()},
              {"skpwni_number", state->skpwni_number()},
              {"rejection_reason", state->rejection_reason()}});
  }

  void Routes() {
    auto& s = *server_;
    auto asset = [](std::string_view body, const char* type) {
      return [body, type](const httplib::Request&, httplib::Response& res) {
        res.set_header("Cache-Control", "no-cache");
        res.set_content(std::string(body), type);
      };
    };
    using namespace lampid::resources;
    s.Get("/", asset(Embedded(dashboard_index_html, dashboard_index_html_size), "text/html; charset=utf-8"));
    s.Get("/app.js",
          asset(Embedded(dashboard_app_js, dashboard_app_js_size), "text/javascript; charset=utf-8"));
    s.Get("/app.css", asset(Embedded(dashboard_app_css, dashboard_app_css_size), "text/css; charset=utf-8"));

    s.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
      auto text = RenderMetrics(queries_, metrics_, options_.stale_days);
      if (!text.ok()) return SendStatus(res, text.status());
      res.set_content(*text, "text/plain; version=0.0.4; charset=utf-8");
    });

    s.Post("/api/login", [this](const httplib::Request& req, httplib::Response& res) { Login(req, res); });
    s.Post("/api/logout", [this](const httplib::Request& req, httplib::Response& res) {
      if (!CheckPost(req, res)) return;
      auto caller = Authenticate(req, res);
      if (!caller) return;
      Revoke(*caller);
      res.set_header("Set-Cookie", SessionCookie("", 0));
      SendJson(res, 200, {{"ok", true}});
    });
    s.Get("/api/session", [this](const httplib::Request& req, httplib::Response& res) {
      auto caller = Authenticate(req, res);
      if (!caller) return;
      res.set_header("Cache-Control", "no-store");
      SendJson(res, 200, {{"user", UserJson(caller->user, caller->session.expires_at_ms)}});
    });

    TableRoute("/api/stats/monthly", "bulanan",
               [this](const Caller& c, const httplib::Request& req) -> Result<DashboardView> {
                 LAMPID_ASSIGN_OR_RETURN(StatsFilter f, FilterParam(c, req));
                 return queries_.MonthlyTotals(f);
               });
    TableRoute("/api/stats/demography", "demografi",
               [this](const Caller& c, const httplib::Request& req) -> Result<DashboardView> {
                 LAMPID_ASSIGN_OR_RETURN(StatsFilter f, FilterParam(c, req));
                 return queries_.Demography(f);
               });
    TableRoute("/api/stats/regions", "wilayah",
               [this](const Caller& c, const httplib::Request& req) -> Result<DashboardView> {
                 LAMPID_ASSIGN_OR_RETURN(StatsFilter f, FilterParam(c, req));
                 return queries_.RegionBreakdown(f);
               });
    TableRoute("/api/stats/timeliness", "ketepatan-waktu",
               [this](const Caller& c, const httplib::Request& req) -> Result<DashboardView> {
                 LAMPID_ASSIGN_OR_RETURN(StatsFilter f, FilterParam(c, req));
                 return queries_.Timeliness(f);
               });
    TableRoute("/api/workflow/states", "status",
               [this](const Caller& c, const httplib::Request& req) -> Result<DashboardView> {
                 LAMPID_ASSIGN_OR_RETURN(std::string region, RegionParam(c, req));
                 return queries_.WorkflowStates(region);
               });
    TableRoute("/api/verification", "verifikasi",
               [this](const Caller&, const httplib::Request&) { return queries_.Verification(); });
    TableRoute("/api/edges/kecamatan", "edge-kecamatan",
               [this](const Caller& c, const httplib::Request& req) -> Result<DashboardView> {
                 LAMPID_ASSIGN_OR_RETURN(std::string region, RegionParam(c, req));
                 LAMPID_ASSIGN_OR_RETURN(int stale_days,
                                         IntParam(req, "stale_days", options_.stale_days, 1, 3650));
                 return queries_.EdgeKecamatan(region, stale_days, req.get_param_value("status"));
               });
    TableRoute(
        "/api/edges", "edge", [this](const Caller& c, const httplib::Request& req) -> Result<DashboardView> {
          LAMPID_ASSIGN_OR_RETURN(std::string region, RegionParam(c, req));
          LAMPID_ASSIGN_OR_RETURN(int stale_days, IntParam(req, "stale_days", options_.stale_days, 1, 3650));
          return queries_.EdgeDevices(region, stale_days);
        });
    TableRoute("/api/review", "antrean-pemeriksaan",
               [this](const Caller& c, const httplib::Request& req) -> Result<DashboardView> {
                 // The one view with report content: officials of the kab/kota only, for their own region.
                 if (c.user.role != Role::kPejabatKabKota) {
                   ++metrics_.requests_forbidden;
                   return Status::PermissionDenied(
                       "antrean pemeriksaan hanya untuk pejabat kab/kota / review queue is for "
                       "kab/kota officials");
                 }
                 LAMPID_ASSIGN_OR_RETURN(std::string region, RegionParam(c, req));
                 const int max_page = static_cast<int>(options_.max_review_page);
                 LAMPID_ASSIGN_OR_RETURN(int limit,
                                         IntParam(req, "limit", std::min(50, max_page), 1, max_page));
                 return queries_.ReviewQueue(region, static_cast<size_t>(limit));
               });
    s.Post(R"(/api/review/([0-9A-Za-z-]{1,64})/(register|reject|return))",
           [this](const httplib::Request& req, httplib::Response& res) { Decide(req, res); });

    s.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (req.path.rfind("/api/", 0) == 0 && res.status == 404 && res.body.empty()) {
        SendJson(
            res, 404,
            {{"error", {{"code", "NotFound"}, {"message", "tidak ada endpoint ini / no such endpoint"}}}});
      }
    });
    s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "unknown";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      SendStatus(res, Status::Internal("unexpected error: " + what));
    });
  }

  DashboardQueries queries_;
  DashboardOptions options_;
  SessionSigner signer_;
  DashboardMetrics metrics_;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
  int port_ = 0;
  bool tls_ = false;
  std::mutex stop_mu_;
  std::mutex revoked_mu_;
  std::unordered_map<std::string, int64_t> revoked_;  // token tag → expiry; guarded by revoked_mu_
};

}  // namespace

Result<std::pair<std::string, int>> ParseHostPort(const std::string& host_port) {
  const size_t colon = host_port.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    return Status::InvalidArgument("--http must be HOST:PORT (got \"" + host_port + "\")");
  }
  std::string host = host_port.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string port_text = host_port.substr(colon + 1);
  int port = -1;
  auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc() || end != port_text.data() + port_text.size() || port < 0 || port > 65535 ||
      host.empty()) {
    return Status::InvalidArgument("--http must be HOST:PORT (got \"" + host_port + "\")");
  }
  return std::pair<std::string, int>{host, port};
}

bool IsLoopbackHost(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

Result<std::unique_ptr<DashboardServer>> DashboardServer::Start(
    CentralStore& store, std::shared_ptr<const domain::RegionTable> regions, const Clock& clock,
    LiveSources live, const DashboardOptions& options) {
  LAMPID_ASSIGN_OR_RETURN(auto host_port, ParseHostPort(options.listen));
  if (options.cert_file.empty() != options.key_file.empty()) {
    return Status::InvalidArgument("HTTPS needs both --cert and --key");
  }
  if (options.cert_file.empty() && !IsLoopbackHost(host_port.first) && !options.allow_plaintext_remote) {
    return Status::InvalidArgument(
        "the dashboard serves plain HTTP only on a loopback address; give --cert and "
        "--key for HTTPS, or --http-plaintext behind a TLS proxy");
  }
  // One key for every server on this database, so that sessions survive restarts and load balancing.
  LAMPID_ASSIGN_OR_RETURN(std::string key, store.GetOrCreateSecret(kSessionKeyName, SessionSigner::NewKey()));
  LAMPID_ASSIGN_OR_RETURN(SessionSigner signer, SessionSigner::Create(std::move(key)));
  auto server = std::make_unique<Server>(store, std::move(regions), clock, live, options, std::move(signer));
  LAMPID_RETURN_IF_ERROR(server->Listen(host_port.first, host_port.second));
  return std::unique_ptr<DashboardServer>(std::move(server));
}

}  // namespace lampid::central::http
