#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace lampid {

// What went wrong, in a form every module can map to its own boundary (exit code, gRPC status, UI text).
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // the caller's input is wrong; the message says which part
  kNotFound,            // the thing asked for does not exist
  kAlreadyExists,       // it exists and may not be created again
  kFailedPrecondition,  // the system is not in a state that allows this (e.g. a locked report)
  kPermissionDenied,    // the caller is known but not allowed
  kUnauthenticated,     // the caller could not be identified (e.g. a wrong passphrase)
  kResourceExhausted,   // a size or rate limit was hit
  kUnavailable,         // a peer or resource is unreachable for now; retrying may help
  kDeadlineExceeded,    // it took too long
  kAborted,             // a concurrent change got there first; retrying may help
  kCorruption,          // stored data is damaged or was tampered with
  kIoError,             // the operating system refused a read or write
  kInternal,            // a bug: an invariant did not hold
};

// The result of an operation that returns nothing else. Cheap to copy when ok.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status AlreadyExists(std::string m) { return {StatusCode::kAlreadyExists, std::move(m)}; }
  static Status FailedPrecondition(std::string m) { return {StatusCode::kFailedPrecondition, std::move(m)}; }
  static Status PermissionDenied(std::string m) { return {StatusCode::kPermissionDenied, std::move(m)}; }
  static Status Unauthenticated(std::string m) { return {StatusCode::kUnauthenticated, std::move(m)}; }
  static Status ResourceExhausted(std::string m) { return {StatusCode::kResourceExhausted, std::move(m)}; }
  static Status Unavailable(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
  static Status DeadlineExceeded(std::string m) { return {StatusCode::kDeadlineExceeded, std::move(m)}; }
  static Status Aborted(std::string m) { return {StatusCode::kAborted, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "NotFound: report 0193… does not exist" — for logs and CLI output.
  std::string ToString() const;

  // A copy whose message is "<context>: <message>", keeping the code.
  Status WithContext(std::string_view context) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

std::string_view StatusCodeName(StatusCode code);

}  // namespace lampid

#define LAMPID_STATUS_CONCAT_INNER_(a, b) a##b
#define LAMPID_STATUS_CONCAT_(a, b) LAMPID_STATUS_CONCAT_INNER_(a, b)

// Returns from the enclosing function when `expr` (a Status) is not ok. (A unique name per use, so that a
// lambda inside `expr` may use the macro too.)
#define LAMPID_RETURN_IF_ERROR(expr) LAMPID_RETURN_IF_ERROR_IMPL_(expr, LAMPID_STATUS_CONCAT_(lampid_status_, __COUNTER__))
#define LAMPID_RETURN_IF_ERROR_IMPL_(expr, name) \
  do {                                          \
    ::lampid::Status name = (expr);             \
    if (!name.ok()) return name;                \
  } while (0)
