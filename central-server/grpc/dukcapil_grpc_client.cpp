#include "central-server/grpc/dukcapil_grpc_client.h"

#include <algorithm>

#include <grpcpp/grpcpp.h>

#include "lampid/dukcapil/v1/dukcapil.grpc.pb.h"

namespace lampid::central {
namespace {

Status FromGrpc(const grpc::Status& s) {
  switch (s.error_code()) {
    case grpc::StatusCode::OK: return Status::Ok();
    case grpc::StatusCode::DEADLINE_EXCEEDED: return Status::DeadlineExceeded(s.error_message());
    case grpc::StatusCode::INVALID_ARGUMENT: return Status::InvalidArgument(s.error_message());
    case grpc::StatusCode::RESOURCE_EXHAUSTED: return Status::ResourceExhausted(s.error_message());
    case grpc::StatusCode::PERMISSION_DENIED: return Status::PermissionDenied(s.error_message());
    case grpc::StatusCode::UNAUTHENTICATED: return Status::Unauthenticated(s.error_message());
    default: return Status::Unavailable("dukcapil: " + s.error_message());
  }
}

class GrpcDukcapilClient final : public DukcapilClient {
 public:
  explicit GrpcDukcapilClient(const std::string& target) {
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(64 << 20);
    stub_ = dpb::DukcapilVerification::NewStub(
        grpc::CreateCustomChannel(target, grpc::InsecureChannelCredentials(), args));
  }

  Result<std::vector<dpb::VerifyPersonResponse>> VerifyBatch(const std::vector<dpb::VerifyPersonRequest>& requests,
                                                             std::chrono::milliseconds deadline) override {
    std::vector<dpb::VerifyPersonResponse> answers;
    answers.reserve(requests.size());
    for (size_t from = 0; from < requests.size(); from += kMaxPersonsPerCall) {
      const size_t to = std::min(requests.size(), from + kMaxPersonsPerCall);
      dpb::VerifyBatchRequest request;
      for (size_t i = from; i < to; ++i) *request.add_requests() = requests[i];
      dpb::VerifyBatchResponse response;
      grpc::ClientContext ctx;
      ctx.set_deadline(std::chrono::system_clock::now() + deadline);
      const grpc::Status s = stub_->VerifyBatch(&ctx, request, &response);
      if (!s.ok()) return FromGrpc(s);
      if (response.responses_size() != static_cast<int>(to - from)) {
        return Status::Internal("Dukcapil answered " + std::to_string(response.responses_size()) + " of " +
                                std::to_string(to - from) + " persons");
      }
      for (auto& a : *response.mutable_responses()) answers.push_back(std::move(a));
    }
    return answers;
  }

 private:
  std::unique_ptr<dpb::DukcapilVerification::Stub> stub_;
};

}  // namespace

std::unique_ptr<DukcapilClient> MakeDukcapilGrpcClient(const std::string& target) {
  return std::make_unique<GrpcDukcapilClient>(target);
}

}  // namespace lampid::central
