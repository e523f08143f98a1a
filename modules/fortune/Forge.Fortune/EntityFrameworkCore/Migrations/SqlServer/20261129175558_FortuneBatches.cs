using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FortuneBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fortune_batches",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    FortuneType = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    FortuneDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Model = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WebhookUrl = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: true),
                    WebhookSecretEncrypted = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    TotalCount = table.Column<int>(type: "int", nullable: false),
                    CompletedCount = table.Column<int>(type: "int", nullable: false),
                    FailedCount = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    JobQueuedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedEventId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    WebhookDeliveryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActorIp = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ActorApiKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ActorClientId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fortune_batch_items",
                columns: table => new
                {
                    BatchId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ProfileId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    FortuneId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ErrorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ErrorMessage = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fortune_batch_items");

            migrationBuilder.DropTable(
                name: "fortune_batches");
        }
    }
}
