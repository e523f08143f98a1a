using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.TestModules.Tally.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class IdempotencyTallyCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tally_idempotency_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Product = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Endpoint = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    ResponseBody = table.Column<string>(type: "text", nullable: true),
                    ResponseLocation = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResourceId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tally_idempotency_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tally_job_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    ArgsType = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ArgsJson = table.Column<string>(type: "text", nullable: false),
                    DelayMs = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tally_job_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "test_tally_counters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Amount = table.Column<int>(type: "integer", nullable: false),
                    Hits = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_test_tally_counters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tally_idempotency_keys_ExpiresAt",
                table: "tally_idempotency_keys",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_tally_idempotency_keys_TenantId",
                table: "tally_idempotency_keys",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_tally_idempotency_keys_TenantId_Product_Endpoint_Key",
                table: "tally_idempotency_keys",
                columns: new[] { "TenantId", "Product", "Endpoint", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tally_job_outbox_CreatedAt",
                table: "tally_job_outbox",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_test_tally_counters_Label",
                table: "test_tally_counters",
                column: "Label");

            migrationBuilder.CreateIndex(
                name: "IX_test_tally_counters_TenantId",
                table: "test_tally_counters",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tally_idempotency_keys");

            migrationBuilder.DropTable(
                name: "tally_job_outbox");

            migrationBuilder.DropTable(
                name: "test_tally_counters");
        }
    }
}
