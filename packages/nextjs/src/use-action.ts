"use client";

import { useState } from "react";

import type { Failure } from "@tend/api";

import type { ActionResult } from "./actions";

/** Said when the action could not be reached at all (offline, the server gone). */
const UNREACHABLE: Failure = {
  message: "Tend could not be reached. Check your connection and try again.",
  fieldErrors: {},
};

type State<O> =
  | { status: "idle" | "pending"; data?: undefined; error: null }
  | { status: "success"; data: O; error: null }
  | { status: "error"; data?: undefined; error: Failure };

/** An action without input is called without an argument. */
type Args<I> = undefined extends I ? [input?: I] : [input: I];

/**
 * Calls a server action that answers an `ActionResult` (see `callProcedure`) from an event
 * handler, and tracks it: pending, succeeded with its data, or failed with a `Failure` to
 * show. The callbacks run after the state is set.
 */
export function useAction<I, O>(
  action: (input: I) => Promise<ActionResult<O>>,
  callbacks: {
    onSuccess?: (data: O, input: I) => void;
    onError?: (error: Failure, input: I) => void;
  } = {},
) {
  const [state, setState] = useState<State<O>>({ status: "idle", error: null });
  const mutate = (...args: Args<I>) => {
    const input = args[0] as I;
    setState({ status: "pending", error: null });
    action(input).then(
      (result) => {
        if (result.ok) {
          setState({ status: "success", data: result.data, error: null });
          callbacks.onSuccess?.(result.data, input);
        } else {
          setState({ status: "error", error: result.error });
          callbacks.onError?.(result.error, input);
        }
      },
      () => {
        setState({ status: "error", error: UNREACHABLE });
        callbacks.onError?.(UNREACHABLE, input);
      },
    );
  };
  return {
    mutate,
    reset: () => setState({ status: "idle", error: null }),
    data: state.data,
    error: state.error,
    isPending: state.status === "pending",
    isSuccess: state.status === "success",
  };
}
