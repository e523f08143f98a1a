using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxAttempts",
                table: "platform_webhook_deliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<long>(
                name: "MaxRetryIntervalMs",
                table: "platform_webhook_deliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "platform_webhook_deliveries",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerKind",
                table: "platform_webhook_deliveries",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerProduct",
                table: "platform_webhook_deliveries",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RetryBackoffMultiplier",
                table: "platform_webhook_deliveries",
                type: "REAL",
                nullable: false,
                defaultValue: 1.0);

            migrationBuilder.AddColumn<long>(
                name: "RetryIntervalMs",
                table: "platform_webhook_deliveries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30000L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
