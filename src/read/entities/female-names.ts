/**
 * Common female given names (hand-written for this project from general knowledge, capitalised forms), used only to
 * tell apart people who share a surname when the text says "Mrs./Ms. X" or "Mr. X" ("Hillary Clinton" and "Bill
 * Clinton" in one article). A name missing here only loses that hint.
 */
export const FEMALE_GIVEN: ReadonlySet<string> = new Set(`
Abigail Ada Adriana Agnes Aisha Alexandra Alice Alicia Alison Allison Amal Amanda Amber Amelia Amina Amy Ana Anastasia Andrea Angela
Angelina Anita Ann Anna Anne Annette Antonia Ashley Aung Ayanna Barbara Beatrice Beatriz Becky Benazir Betsy Betty Beverly Brenda
Bridget Brittany Camila Candace Carla Carly Carmen Carol Caroline Carolyn Catherine Cathy Cecilia Charlotte Chelsea Cheryl Christina
Christine Christy Claire Claudia Condoleezza Cristina Cynthia Dana Daniela Deborah Debbie Debra Denise Diana Diane Dianne Dolores Donna
Doris Dorothy Edith Elaine Eleanor Elena Elisabeth Elise Eliza Elizabeth Ella Ellen Elsa Emily Emma Erin Eva Evelyn Fatima Fiona Frances
Francesca Gabriela Gabrielle Gina Giorgia Gloria Grace Gretchen Hannah Harriet Heather Heidi Helen Helga Hillary Hilary Huma Ilhan Ingrid
Irene Iris Isabel Isabella Ivanka Jacqueline Jacinda Jane Janet Janice Jasmine Jean Jeanne Jeanine Jennifer Jessica Jill Joan Joanna
Jodi Jody Josephine Joyce Judith Judy Julia Julie Juliet Justine Karen Karin Kamala Kate Katherine Kathleen Kathryn Kathy Katie Kay Kayleigh
Kellyanne Kelly Kim Kimberly Kirsten Kristen Kristi Kristin Kristina Laura Lauren Leah Leila Lena Liliana Linda Lisa Liz Lois Loretta
Lori Louise Lucia Lucy Lydia Lynn Madeleine Madeline Madonna Maggie Mara Marcia Margaret Margarethe Margot Maria Mariana Marie Marine
Marion Marsha Martha Mary Maxine Megan Meghan Melania Melanie Melinda Melissa Mercedes Meryl Mia Michaela Michelle Mira Miriam Monica
Nadia Nancy Naomi Natalia Natalie Natasha Nicola Nicole Nikki Nina Olga Olivia Pamela Patricia Patty Paula Pauline Penny Phyllis Priti
Rachel Rebecca Regina Rita Roberta Rosa Rosalind Rose Roxanne Ruth Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Silvia Simone
Sonia Sophia Sophie Stacey Stella Stephanie Susan Suzanne Svetlana Sylvia Tamara Tammy Tanya Teresa Theresa Tiffany Tina Tracy Tulsi
Ursula Valentina Valerie Vanessa Veronica Victoria Virginia Wendy Whitney Yulia Yvonne Zoe
`.split(/\s+/).filter(Boolean));
