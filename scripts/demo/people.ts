/** The emulator's demo users (docs/emulator.md) as the actors of the demo cases. */
import type { Actor, EmailAddress, Person } from "../../src/domain/types";

const actor = (name: string, email: string, role: Actor["role"]): Actor => ({
  name,
  email: email as EmailAddress,
  role,
});

export const ALEX = actor("Alex Morgan", "alex.morgan@council.example", "frontline");
export const PRIYA = actor("Priya Shah", "priya.shah@council.example", "serviceManager");
export const JORDAN = actor("Jordan Lee", "jordan.lee@council.example", "cityHelpdeskManager");
export const MORGAN = actor("Morgan Blake", "morgan.blake@council.example", "assistantDirector");
export const CHRIS = actor("Chris Okafor", "chris.okafor@council.example", "citySolicitor");
export const DANA = actor("Dana Whitfield", "dana.whitfield@council.example", "director");

/** Who seeds the demo: the city helpdesk manager may write every list. */
export const SEEDER = JORDAN;

export const person = ({ name, email }: Person): Person => ({ name, email });
