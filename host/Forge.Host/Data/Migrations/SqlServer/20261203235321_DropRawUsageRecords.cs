using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CredentialId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CredentialType = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    LatencyMs = table.Column<double>(type: "float", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Product = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    RouteTemplate = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    StatusCode = table.Column<int>(type: "int", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
