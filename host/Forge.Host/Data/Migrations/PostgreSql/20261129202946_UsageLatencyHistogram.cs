using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class UsageLatencyHistogram : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
