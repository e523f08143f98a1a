using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Analysis.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnalysisInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "analysis_analyses",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sandbox = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ResumeType = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PostingType = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ResumeContent = table.Column<string>(type: "TEXT", nullable: true),
                    PostingContent = table.Column<string>(type: "TEXT", nullable: true),
                    WebhookUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    WebhookSecret = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    WebhookDeliveryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ErrorMessage = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    BatchId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    ReferenceId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    BatchPosition = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analysis_analyses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analysis_batches",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TotalItems = table.Column<int>(type: "INTEGER", nullable: false),
                    Parallel = table.Column<int>(type: "INTEGER", nullable: false),
                    WebhookUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    WebhookSecret = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    WebhookDeliveryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analysis_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analysis_idempotency_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Product = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Endpoint = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponseBody = table.Column<string>(type: "TEXT", nullable: true),
                    ResponseLocation = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ResourceId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analysis_idempotency_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analysis_job_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArgsType = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ArgsJson = table.Column<string>(type: "TEXT", nullable: false),
                    DelayMs = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analysis_job_outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_analysis_analyses_BatchId_BatchPosition",
                table: "analysis_analyses",
                columns: new[] { "BatchId", "BatchPosition" });

            migrationBuilder.CreateIndex(
                name: "IX_analysis_analyses_TenantId",
                table: "analysis_analyses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_analysis_analyses_TenantId_Sandbox_CreatedAt_Id",
                table: "analysis_analyses",
                columns: new[] { "TenantId", "Sandbox", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_analysis_batches_TenantId",
                table: "analysis_batches",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_analysis_idempotency_keys_ExpiresAt",
                table: "analysis_idempotency_keys",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_analysis_idempotency_keys_TenantId",
                table: "analysis_idempotency_keys",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_analysis_idempotency_keys_TenantId_Product_Endpoint_Key",
                table: "analysis_idempotency_keys",
                columns: new[] { "TenantId", "Product", "Endpoint", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_analysis_job_outbox_CreatedAt",
                table: "analysis_job_outbox",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analysis_analyses");

            migrationBuilder.DropTable(
                name: "analysis_batches");

            migrationBuilder.DropTable(
                name: "analysis_idempotency_keys");

            migrationBuilder.DropTable(
                name: "analysis_job_outbox");
        }
    }
}
