using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StoredFortunesAndBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fortune_batches",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FortuneType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FortuneDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Model = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WebhookUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    WebhookSecretEncrypted = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    TotalCount = table.Column<int>(type: "integer", nullable: false),
                    CompletedCount = table.Column<int>(type: "integer", nullable: false),
                    FailedCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    JobQueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedEventId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    WebhookDeliveryId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorIp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ActorApiKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ActorClientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fortune_fortunes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProfileId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FortuneType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FortuneDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Model = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Engine = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EngineModel = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CategoriesJson = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    LuckyItemsJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CacheHits = table.Column<int>(type: "integer", nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_fortunes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fortune_fortunes_fortune_profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "fortune_profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fortune_generations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    FortuneId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProfileId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FortuneType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestedModel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Model = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Engine = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    Cached = table.Column<bool>(type: "boolean", nullable: false),
                    LatencyMs = table.Column<int>(type: "integer", nullable: false),
                    InputTokens = table.Column<long>(type: "bigint", nullable: false),
                    OutputTokens = table.Column<long>(type: "bigint", nullable: false),
                    CostNanoUsd = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_generations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fortune_idempotency_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Endpoint = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    ResponseBody = table.Column<string>(type: "text", nullable: true),
                    ResponseLocation = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_idempotency_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fortune_batch_items",
                columns: table => new
                {
                    BatchId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProfileId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FortuneId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ErrorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ErrorMessage = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_batch_items", x => new { x.BatchId, x.Position });
                    table.ForeignKey(
                        name: "FK_fortune_batch_items_fortune_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "fortune_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_batch_items_TenantId",
                table: "fortune_batch_items",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_batches_Status_CreatedAt",
                table: "fortune_batches",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_batches_TenantId",
                table: "fortune_batches",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_fortunes_ProfileId",
                table: "fortune_fortunes",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_fortunes_TenantId",
                table: "fortune_fortunes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_fortunes_TenantId_FortuneType_FortuneDate",
                table: "fortune_fortunes",
                columns: new[] { "TenantId", "FortuneType", "FortuneDate" });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_fortunes_TenantId_GeneratedAt_Id",
                table: "fortune_fortunes",
                columns: new[] { "TenantId", "GeneratedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_fortunes_TenantId_Model_GeneratedAt_Id",
                table: "fortune_fortunes",
                columns: new[] { "TenantId", "Model", "GeneratedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_fortunes_TenantId_ProfileId_FortuneType_FortuneDate~",
                table: "fortune_fortunes",
                columns: new[] { "TenantId", "ProfileId", "FortuneType", "FortuneDate", "Model" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fortune_generations_CreatedAt",
                table: "fortune_generations",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_generations_TenantId",
                table: "fortune_generations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_generations_TenantId_CreatedAt",
                table: "fortune_generations",
                columns: new[] { "TenantId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_idempotency_keys_TenantId",
                table: "fortune_idempotency_keys",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_idempotency_keys_TenantId_Endpoint_Key",
                table: "fortune_idempotency_keys",
                columns: new[] { "TenantId", "Endpoint", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fortune_idempotency_keys_TenantId_ExpiresAt",
                table: "fortune_idempotency_keys",
                columns: new[] { "TenantId", "ExpiresAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fortune_batch_items");

            migrationBuilder.DropTable(
                name: "fortune_fortunes");

            migrationBuilder.DropTable(
                name: "fortune_generations");

            migrationBuilder.DropTable(
                name: "fortune_idempotency_keys");

            migrationBuilder.DropTable(
                name: "fortune_batches");
        }
    }
}
