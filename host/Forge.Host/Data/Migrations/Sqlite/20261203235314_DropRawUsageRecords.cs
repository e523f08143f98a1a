using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropRawUsageRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_usage_records");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_usage_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CredentialId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CredentialType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LatencyMs = table.Column<double>(type: "REAL", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RouteTemplate = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_usage_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_usage_records_TenantId_At",
                table: "platform_usage_records",
                columns: new[] { "TenantId", "At" });
        }
    }
}
