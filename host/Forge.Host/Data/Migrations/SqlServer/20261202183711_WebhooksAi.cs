using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class WebhooksAi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LastAttemptAt",
                table: "platform_webhook_deliveries",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxAttempts",
                table: "platform_webhook_deliveries",
                type: "int",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<long>(
                name: "MaxRetryIntervalMs",
                table: "platform_webhook_deliveries",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "platform_webhook_deliveries",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerKind",
                table: "platform_webhook_deliveries",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerProduct",
                table: "platform_webhook_deliveries",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RetryBackoffMultiplier",
                table: "platform_webhook_deliveries",
                type: "float",
                nullable: false,
                defaultValue: 1.0);

            migrationBuilder.AddColumn<long>(
                name: "RetryIntervalMs",
                table: "platform_webhook_deliveries",
                type: "bigint",
                nullable: false,
                defaultValue: 30000L);

            migrationBuilder.CreateTable(
                name: "platform_ai_calls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Product = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Alias = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Provider = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Model = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    InputTokens = table.Column<long>(type: "bigint", nullable: false),
                    OutputTokens = table.Column<long>(type: "bigint", nullable: false),
                    CostUsd = table.Column<double>(type: "float", nullable: false),
                    LatencyMs = table.Column<double>(type: "float", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_ai_calls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_ai_calls_At",
                table: "platform_ai_calls",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_ai_calls_TenantId_Product_At",
                table: "platform_ai_calls",
                columns: new[] { "TenantId", "Product", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_ai_calls");

            migrationBuilder.DropColumn(
                name: "LastAttemptAt",
                table: "platform_webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "MaxAttempts",
                table: "platform_webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "MaxRetryIntervalMs",
                table: "platform_webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "platform_webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "OwnerKind",
                table: "platform_webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "OwnerProduct",
                table: "platform_webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "RetryBackoffMultiplier",
                table: "platform_webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "RetryIntervalMs",
                table: "platform_webhook_deliveries");
        }
    }
}
