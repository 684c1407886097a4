/** The name to greet or speak of someone by: the first word that is not a title such as "Dr". */
export function firstNameOf(name: string): string {
  return name.split(" ").find((part) => part !== "" && part !== "Dr") ?? name;
}
