using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FortuneGenerationStats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CostUsd",
                table: "fortune_generations",
                newName: "CostNanoUsd");

            // Hand-written (keep when regenerating): dollars → whole nano-dollars before the column becomes an integer.
            migrationBuilder.Sql("UPDATE fortune_generations SET \"CostNanoUsd\" = ROUND(\"CostNanoUsd\" * 1000000000, 0);");

            migrationBuilder.AlterColumn<long>(
                name: "CostNanoUsd",
                table: "fortune_generations",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 18,
                oldScale: 8);

            migrationBuilder.AddColumn<int>(
                name: "Score",
                table: "fortune_generations",
                type: "INTEGER",
                nullable: true);

            // Hand-written (keep when regenerating): the score of rows logged before the column, while their fortune exists.
            migrationBuilder.Sql("UPDATE fortune_generations SET \"Score\" = (SELECT f.\"Score\" FROM fortune_fortunes f WHERE f.\"Id\" = fortune_generations.\"FortuneId\");");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_generations_CreatedAt",
                table: "fortune_generations",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_fortunes_TenantId_FortuneType_FortuneDate",
                table: "fortune_fortunes",
                columns: new[] { "TenantId", "FortuneType", "FortuneDate" });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_fortunes_TenantId_Model_GeneratedAt_Id",
                table: "fortune_fortunes",
                columns: new[] { "TenantId", "Model", "GeneratedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fortune_generations_CreatedAt",
                table: "fortune_generations");

            migrationBuilder.DropIndex(
                name: "IX_fortune_fortunes_TenantId_FortuneType_FortuneDate",
                table: "fortune_fortunes");

            migrationBuilder.DropIndex(
                name: "IX_fortune_fortunes_TenantId_Model_GeneratedAt_Id",
                table: "fortune_fortunes");

            migrationBuilder.DropColumn(
                name: "Score",
                table: "fortune_generations");

            migrationBuilder.RenameColumn(
                name: "CostNanoUsd",
                table: "fortune_generations",
                newName: "CostUsd");

            migrationBuilder.AlterColumn<decimal>(
                name: "CostUsd",
                table: "fortune_generations",
                type: "TEXT",
                precision: 18,
                scale: 8,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            // Hand-written (keep when regenerating): nano-dollars → dollars.
            migrationBuilder.Sql("UPDATE fortune_generations SET \"CostUsd\" = \"CostUsd\" / 1000000000.0;");
        }
    }
}
