using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConsoleAuditAndLatencyHistogram : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LatencyOver10000Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo10000Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo1000Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo100Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo10Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo2500Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo250Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo25Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo5000Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo500Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo50Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LatencyUpTo5Ms",
                table: "platform_usage_daily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "RevokedAt",
                table: "platform_oauth_clients",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "platform_audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Actor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Action = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Details = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true),
                    IpAddress = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entries_At",
                table: "platform_audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entries_TenantId_At",
                table: "platform_audit_entries",
                columns: new[] { "TenantId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_audit_entries");

            migrationBuilder.DropColumn(
                name: "LatencyOver10000Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo10000Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo1000Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo100Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo10Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo2500Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo250Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo25Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo5000Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo500Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo50Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "LatencyUpTo5Ms",
                table: "platform_usage_daily");

            migrationBuilder.DropColumn(
                name: "RevokedAt",
                table: "platform_oauth_clients");
        }
    }
}
