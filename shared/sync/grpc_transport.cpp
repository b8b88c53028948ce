#include <grpcpp/grpcpp.h>


#include "core/file_io.h"
#include "lampid/sync/v1/sync.grpc.pb.h"
#include "sync/sync_transport.h"

namespace lampid::sync {
namespace {

Status FromGrpc(const grpc::Status& s) {
  const std::string& m = s.error_message();
  switch (s.error_code()) {
    case grpc::StatusCode::OK: return Status::Ok();
    case grpc::StatusCode::INVALID_ARGUMENT: return Status::InvalidArgument(m);
    case grpc::StatusCode::NOT_FOUND: return Status::NotFound(m);
    case grpc::StatusCode::ALREADY_EXISTS: return Status::AlreadyExists(m);
    case grpc::StatusCode::PERMISSION_DENIED: return Status::PermissionDenied(m);
    case grpc::StatusCode::UNAUTHENTICATED: return Status::Unauthenticated(m);
    case grpc::StatusCode::RESOURCE_EXHAUSTED: return Status::ResourceExhausted(m);
    case grpc::StatusCode::FAILED_PRECONDITION: return Status::FailedPrecondition(m);
    case grpc::StatusCode::DEADLINE_EXCEEDED: return Status::DeadlineExceeded(m);
    case grpc::StatusCode::ABORTED: return Status::Aborted(m);
    case grpc::StatusCode::INTERNAL:
    case grpc::StatusCode::DATA_LOSS:
    case grpc::StatusCode::UNKNOWN:
      // The server failed in the middle (e.g. its disk): nothing was acknowledged; try again later.
      return Status::Unavailable("server error: " + m);
    default: return Status::Unavailable(m);
  }
}

class GrpcTransport final : public SyncTransport {
 public:
  GrpcTransport(std::shared_ptr<grpc::Channel> channel, std::chrono::milliseconds deadline)
      : enrollment_(syncpb::Enrollment::NewStub(channel)),
        sync_(syncpb::Sync::NewStub(channel)),
        accounts_(syncpb::Accounts::NewStub(channel)),
        deadline_(deadline) {}

  Result<syncpb::EnrollResponse> Enroll(const syncpb::EnrollRequest& request) override {
    return Call<syncpb::EnrollResponse>([&](grpc::ClientContext* c, syncpb::EnrollResponse* r) {
      return enrollment_->Enroll(c, request, r);
    });
  }
  Result<syncpb::PushResponse> Push(const syncpb::SignedRequest& request) override {
    return Call<syncpb::PushResponse>([&](grpc::ClientContext* c, syncpb::PushResponse* r) {
      return sync_->Push(c, request, r);
    });
  }
  Result<syncpb::PullResponse> Pull(const syncpb::SignedRequest& request) override {
    return Call<syncpb::PullResponse>([&](grpc::ClientContext* c, syncpb::PullResponse* r) {
      return sync_->Pull(c, request, r);
    });
  }
  Result<syncpb::LoginResponse> Login(const syncpb::LoginRequest& request) override {
    return Call<syncpb::LoginResponse>([&](grpc::ClientContext* c, syncpb::LoginResponse* r) {
      return accounts_->Login(c, request, r);
    });
  }

 private:
  template <typename Resp, typename Fn>
  Result<Resp> Call(Fn&& fn) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + deadline_);
    Resp response;
    const grpc::Status s = fn(&ctx, &response);
    if (!s.ok()) return FromGrpc(s);
    return response;
  }

  std::unique_ptr<syncpb::Enrollment::Stub> enrollment_;
  std::unique_ptr<syncpb::Sync::Stub> sync_;
  std::unique_ptr<syncpb::Accounts::Stub> accounts_;
  std::chrono::milliseconds deadline_;
};

}  // namespace

bool IsLoopbackTarget(const std::string& target) {
  std::string host = target;
  if (host.rfind("ipv4:", 0) == 0) host = host.substr(5);
  if (!host.empty() && host[0] == '[') {
    host = host.substr(0, host.find(']') + 1);
  } else if (const auto colon = host.rfind(':'); colon != std::string::npos) {
    host = host.substr(0, colon);
  }
  return host == "127.0.0.1" || host == "localhost" || host == "[::1]";
}

Result<std::unique_ptr<SyncTransport>> MakeGrpcTransport(const TransportOptions& options) {
  std::shared_ptr<grpc::ChannelCredentials> creds;
  if (options.insecure_loopback) {
    if (!IsLoopbackTarget(options.target)) {
      return Status::InvalidArgument("--insecure-loopback only connects to a loopback address; use --ca for " +
                                     options.target);
    }
    creds = grpc::InsecureChannelCredentials();
  } else {
    if (options.ca_file.empty()) {
      return Status::InvalidArgument("TLS needs --ca FILE (or --insecure-loopback to a server on 127.0.0.1)");
    }
    grpc::SslCredentialsOptions ssl;
    LAMPID_ASSIGN_OR_RETURN(ssl.pem_root_certs, ReadOptionFile(options.ca_file));
    creds = grpc::SslCredentials(ssl);
  }
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(64 << 20);
  args.SetMaxSendMessageSize(64 << 20);
  // Reconnect quickly after a link comes back (the default backoff can grow to two minutes).
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 5000);
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 500);
  args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 500);
  auto channel = grpc::CreateCustomChannel(options.target, creds, args);
  return std::unique_ptr<SyncTransport>(new GrpcTransport(std::move(channel), options.deadline));
}

}  // namespace lampid::sync
