// lampid-edge-cli --data DIR init --kecamatan 32.73.05 --operator NAME
// Creates the node's store; prints the node id and, once, the recovery code.
#include <CLI/CLI.hpp>
#include <iostream>

#include "crypto/secret.h"
#include "edge-app/cli/cli_app.h"
#include "edge-app/cli/cli_store.h"

namespace lampid::edge::cli {
namespace {

struct InitOptions {
  std::string kecamatan;
  std::string operator_id;
};

int Run(const InitOptions& o, CliContext& ctx) {
  auto options = StoreOptions(ctx);
  if (!options.ok()) return Fail(options.status());
  auto pass = ReadNewPassphrase(ctx, kEnvPassphrase);
  if (!pass.ok()) return Fail(pass.status());
  auto init = store::Store::Init(*options, {o.kecamatan, o.operator_id, *pass});
  crypto::Wipe(*pass);
  if (!init.ok()) return Fail(init.status());
  const domain::Region* kec = (*options).regions->Find(o.kecamatan);
  std::cout << "Node dibuat / node created\n"
            << "  Folder data   : " << ctx.data_dir() << '\n'
            << "  ID node       : " << init->node.node_id << '\n'
            << "  Kecamatan     : " << o.kecamatan << "  " << (kec ? kec->name : "") << '\n'
            << "  Operator      : " << o.operator_id << '\n'
            << "  Kunci publik  : " << crypto::ToHex(init->node.public_key) << '\n'
            << '\n'
            << "KODE PEMULIHAN / RECOVERY CODE (ditampilkan sekali saja / shown only once):\n"
            << '\n'
            << "    " << init->recovery_code << '\n'
            << '\n'
            << "Tulis kode ini di kertas dan simpan oleh kepala kantor. Dengan kode ini kata sandi yang terlupa\n"
            << "bisa diganti tanpa kehilangan laporan (`recover`). Siapa pun yang memegangnya bisa membuka data.\n"
            << "Write this code on paper for the office head. It replaces a forgotten passphrase without losing\n"
            << "reports (`recover`); whoever holds it can open the data.\n";
  return kExitOk;
}

}  // namespace

void RegisterInit(CLI::App& app, CliContext& ctx, int* exit_code) {
  auto opts = std::make_shared<InitOptions>();
  CLI::App* cmd = app.add_subcommand("init", "Buat node baru / create this node's store");
  cmd->add_option("--kecamatan", opts->kecamatan, "Kode kecamatan kantor ini, mis. 32.73.05 / this office's kecamatan")
      ->required();
  cmd->add_option("--operator", opts->operator_id, "ID operator pertama / the first operator's user id")->required();
  cmd->footer("Kata sandi dari LAMPID_PASSPHRASE atau ditanyakan / passphrase from LAMPID_PASSPHRASE or a prompt");
  cmd->callback([opts, &ctx, exit_code] { *exit_code = Run(*opts, ctx); });
}

}  // namespace lampid::edge::cli
