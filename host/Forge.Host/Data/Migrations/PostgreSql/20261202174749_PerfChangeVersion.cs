using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PerfChangeVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_change_version",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_change_version", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "platform_change_version",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_change_version");
        }
    }
}
