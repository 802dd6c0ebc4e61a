import { roundTripSuite } from "./round-trip.js";

roundTripSuite("html");
