#include "central-server/grpc/sync_server.h"

#include <grpcpp/grpcpp.h>

#include "central-server/core/sync_core.h"
#include "central-server/grpc/work_queue.h"
#include "core/file_io.h"
#include "lampid/sync/v1/sync.grpc.pb.h"

namespace lampid::central {
namespace {

grpc::Status ToGrpc(const Status& s) {
  if (s.ok()) return grpc::Status::OK;
  grpc::StatusCode code = grpc::StatusCode::INTERNAL;
  switch (s.code()) {
    case StatusCode::kOk: code = grpc::StatusCode::OK; break;
    case StatusCode::kInvalidArgument: code = grpc::StatusCode::INVALID_ARGUMENT; break;
    case StatusCode::kNotFound: code = grpc::StatusCode::NOT_FOUND; break;
    case StatusCode::kAlreadyExists: code = grpc::StatusCode::ALREADY_EXISTS; break;
    case StatusCode::kFailedPrecondition: code = grpc::StatusCode::FAILED_PRECONDITION; break;
    case StatusCode::kPermissionDenied: code = grpc::StatusCode::PERMISSION_DENIED; break;
    case StatusCode::kUnauthenticated: code = grpc::StatusCode::UNAUTHENTICATED; break;
    case StatusCode::kResourceExhausted: code = grpc::StatusCode::RESOURCE_EXHAUSTED; break;
    case StatusCode::kUnavailable: code = grpc::StatusCode::UNAVAILABLE; break;
    case StatusCode::kDeadlineExceeded: code = grpc::StatusCode::DEADLINE_EXCEEDED; break;
    case StatusCode::kAborted: code = grpc::StatusCode::ABORTED; break;
    case StatusCode::kCorruption:
    case StatusCode::kIoError:
    case StatusCode::kInternal: code = grpc::StatusCode::INTERNAL; break;
  }
  return grpc::Status(code, s.message());
}

// Runs `call` (a SyncCore method returning Result<Response>) on the work queue, off gRPC's callback
// threads, and finishes the call with its answer or its status.
template <typename Response, typename Call>
grpc::ServerUnaryReactor* AnswerOnWorkQueue(grpc::CallbackServerContext* ctx, WorkQueue& work, Response* response,
                                            Call call) {
  auto* reactor = ctx->DefaultReactor();
  work.Post([reactor, response, call = std::move(call)] {
    auto r = call();
    if (r.ok()) *response = std::move(*r);
    reactor->Finish(ToGrpc(r.status()));
  });
  return reactor;
}

class EnrollmentService final : public sync::v1::Enrollment::CallbackService {
 public:
  EnrollmentService(SyncCore& core, WorkQueue& work) : core_(core), work_(work) {}
  grpc::ServerUnaryReactor* Enroll(grpc::CallbackServerContext* ctx, const sync::v1::EnrollRequest* request,
                                   sync::v1::EnrollResponse* response) override {
    return AnswerOnWorkQueue(ctx, work_, response, [this, request] { return core_.Enroll(*request); });
  }

 private:
  SyncCore& core_;
  WorkQueue& work_;
};

class SyncService final : public sync::v1::Sync::CallbackService {
 public:
  SyncService(SyncCore& core, WorkQueue& work) : core_(core), work_(work) {}
  grpc::ServerUnaryReactor* Push(grpc::CallbackServerContext* ctx, const sync::v1::SignedRequest* request,
                                 sync::v1::PushResponse* response) override {
    return AnswerOnWorkQueue(ctx, work_, response, [this, request] { return core_.Push(*request); });
  }
  grpc::ServerUnaryReactor* Pull(grpc::CallbackServerContext* ctx, const sync::v1::SignedRequest* request,
                                 sync::v1::PullResponse* response) override {
    return AnswerOnWorkQueue(ctx, work_, response, [this, request] { return core_.Pull(*request); });
  }

 private:
  SyncCore& core_;
  WorkQueue& work_;
};

class AccountsService final : public sync::v1::Accounts::CallbackService {
 public:
  AccountsService(SyncCore& core, WorkQueue& work) : core_(core), work_(work) {}
  grpc::ServerUnaryReactor* Login(grpc::CallbackServerContext* ctx, const sync::v1::LoginRequest* request,
                                  sync::v1::LoginResponse* response) override {
    return AnswerOnWorkQueue(ctx, work_, response, [this, request] { return core_.Login(*request); });
  }

 private:
  SyncCore& core_;
  WorkQueue& work_;
};

class GrpcSyncServer final : public SyncServer {
 public:
  GrpcSyncServer(SyncCore& core, size_t threads)
      : work_(threads), enrollment_(core, work_), sync_(core, work_), accounts_(core, work_) {}
  ~GrpcSyncServer() override {
    Shutdown();
    Wait();
  }

  Status Start(const TransportOptions& o) {
    std::shared_ptr<grpc::ServerCredentials> creds;
    if (o.insecure_loopback) {
      if (!IsLoopbackAddress(o.listen)) {
        return Status::InvalidArgument("--insecure-loopback only listens on a loopback address (127.0.0.1, "
                                       "localhost, [::1]); use --cert/--key for " + o.listen);
      }
      creds = grpc::InsecureServerCredentials();
    } else {
      if (o.cert_file.empty() || o.key_file.empty()) {
        return Status::InvalidArgument("TLS needs --cert and --key (or --insecure-loopback on 127.0.0.1)");
      }
      LAMPID_ASSIGN_OR_RETURN(std::string cert, ReadOptionFile(o.cert_file));
      LAMPID_ASSIGN_OR_RETURN(std::string key, ReadOptionFile(o.key_file));
      grpc::SslServerCredentialsOptions ssl;
      ssl.pem_key_cert_pairs.push_back({key, cert});
      creds = grpc::SslServerCredentials(ssl);
    }
    grpc::ServerBuilder builder;
    builder.AddListeningPort(o.listen, creds, &port_);
    builder.SetMaxReceiveMessageSize(static_cast<int>(o.max_message_bytes));
    builder.SetMaxSendMessageSize(static_cast<int>(o.max_message_bytes));
    // Push answers (one result per change) travel gzip'd to clients that accept it; request payloads are
    // already zstd-compressed by the edge, and pull pages by us.
    builder.SetDefaultCompressionAlgorithm(GRPC_COMPRESS_GZIP);
    builder.RegisterService(&enrollment_);
    builder.RegisterService(&sync_);
    builder.RegisterService(&accounts_);
    server_ = builder.BuildAndStart();
    if (!server_ || port_ == 0) return Status::Unavailable("cannot listen on " + o.listen);
    return Status::Ok();
  }

  int port() const override { return port_; }
  void Shutdown() override {
    if (server_ && !shut_down_) {
      shut_down_ = true;
      server_->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
    }
  }
  void Wait() override {
    if (server_) server_->Wait();
  }

 private:
  WorkQueue work_;
  EnrollmentService enrollment_;
  SyncService sync_;
  AccountsService accounts_;
  std::unique_ptr<grpc::Server> server_;
  int port_ = 0;
  bool shut_down_ = false;
};

}  // namespace

bool IsLoopbackAddress(const std::string& host_port) {
  std::string host = host_port;
  if (!host.empty() && host[0] == '[') {
    host = host.substr(0, host.find(']') + 1);
  } else if (const auto colon = host.rfind(':'); colon != std::string::npos) {
    host = host.substr(0, colon);
  }
  return host == "127.0.0.1" || host == "localhost" || host == "[::1]";
}

Result<std::unique_ptr<SyncServer>> SyncServer::Start(SyncCore& core, const TransportOptions& options) {
  auto server = std::make_unique<GrpcSyncServer>(core, options.worker_threads);
  LAMPID_RETURN_IF_ERROR(server->Start(options));
  return std::unique_ptr<SyncServer>(std::move(server));
}

}  // namespace lampid::central
