import type { Accessor, Color, DefaultProps } from "@deck.gl/core";
import { DataFilterExtension } from "@deck.gl/extensions";
import { LineLayer, type LineLayerProps } from "@deck.gl/layers";

/**
 * One kind of line for every line on the map, so deck.gl compiles one shader program for all of
 * them (compiling is the slowest step of the first view in software WebGL):
 * - a partnership arc, from a partner government to a beneficiary country (two places);
 * - a symbol's leader line, from its place to the symbol fanned out beside it (a place and a pixel
 *   offset from it, so the line follows the symbol at every zoom with data that never changes);
 * - the gaps view's line from a gap country to the nearest covered one.
 * Each line goes from its source position to its target position plus a pixel offset, shades from
 * its colour to its target colour, and may have a light edge, so it reads on the palest and the
 * darkest fills.
 */
export type LinkLineLayerProps<D> = LineLayerProps<D> & {
  /** Pixels from the target position to the line's end (x right, y down, as IconLayer's getPixelOffset). */
  getTargetPixelOffset: Accessor<D, [number, number]>;
  /** The colour at the target end (`getColor` is the source end's). */
  getTargetColor: Accessor<D, Color>;
  /** 1 for a light edge along the line, 0 for none. */
  getLightEdge: Accessor<D, number>;
};

/** The GPU filter of every link line: three values per line, each layer its own ranges. */
export const LINK_FILTER = new DataFilterExtension({ filterSize: 3 });

const VS = `\
#version 300 es
#define SHADER_NAME link-line-layer-vertex-shader
in vec3 positions;
in vec3 instanceSourcePositions;
in vec3 instanceTargetPositions;
in vec3 instanceSourcePositions64Low;
in vec3 instanceTargetPositions64Low;
in vec4 instanceColors;
in vec4 instanceTargetColors;
in float instanceWidths;
in vec2 instanceTargetPixelOffsets;
in float instanceLightEdges;
out vec4 vColor;
out vec2 uv;
out float vLightEdge;
void main(void) {
  geometry.worldPosition = instanceSourcePositions;
  geometry.worldPositionAlt = instanceTargetPositions;
  vec4 sourceCommon;
  vec4 targetCommon;
  vec4 source = project_position_to_clipspace(
    instanceSourcePositions, instanceSourcePositions64Low, vec3(0.), sourceCommon);
  vec4 target = project_position_to_clipspace(
    instanceTargetPositions, instanceTargetPositions64Low, vec3(0.), targetCommon);
  // The line's end: the target moved by its pixel offset (y up in clip space).
  vec2 pixelOffset = vec2(instanceTargetPixelOffsets.x, -instanceTargetPixelOffsets.y);
  vec4 end = target + vec4(project_pixel_size_to_clipspace(pixelOffset), 0.0, 0.0);
  float along = positions.x;
  geometry.position = mix(sourceCommon, targetCommon, along);
  uv = positions.xy;
  geometry.uv = uv;
  geometry.pickingColor = picking_getPickingColorFromInstanceID();
  float widthPixels = clamp(
    project_size_to_pixel(instanceWidths * line.widthScale, line.widthUnits),
    line.widthMinPixels, line.widthMaxPixels);
  vec2 direction = (end.xy - source.xy) * project.viewportSize;
  vec2 across = length(direction) > 0. ? normalize(vec2(-direction.y, direction.x)) : vec2(0.);
  vec3 offset = vec3(across * positions.y * widthPixels / 2.0, 0.0);
  DECKGL_FILTER_SIZE(offset, geometry);
  vec4 p = mix(source, end, along);
  DECKGL_FILTER_GL_POSITION(p, geometry);
  gl_Position = p + vec4(project_pixel_size_to_clipspace(offset.xy), 0.0, 0.0);
  vec4 colour = mix(instanceColors, instanceTargetColors, along);
  vColor = vec4(colour.rgb, colour.a * layer.opacity);
  vLightEdge = instanceLightEdges;
  DECKGL_FILTER_COLOR(vColor, geometry);
}
`;

const FS = `\
#version 300 es
#define SHADER_NAME link-line-layer-fragment-shader
precision highp float;
in vec4 vColor;
in vec2 uv;
in float vLightEdge;
out vec4 fragColor;
void main(void) {
  geometry.uv = uv;
  float core = 1.0 - vLightEdge * smoothstep(0.3, 0.45, abs(uv.y));
  fragColor = mix(vec4(1.0, 1.0, 1.0, 0.9 * vColor.a), vColor, core);
  DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;

const defaultProps: DefaultProps<LinkLineLayerProps<unknown>> = {
  getTargetPixelOffset: { type: "accessor", value: [0, 0] },
  getTargetColor: { type: "accessor", value: [0, 0, 0, 255] },
  getLightEdge: { type: "accessor", value: 0 },
};

export class LinkLineLayer<D, ExtraProps extends object = object> extends LineLayer<
  D,
  ExtraProps & LinkLineLayerProps<D>
> {
  static override layerName = "LinkLineLayer";
  static override defaultProps = defaultProps;

  override getShaders() {
    return { ...super.getShaders(), vs: VS, fs: FS, defines: {} };
  }

  override initializeState() {
    super.initializeState();
    this.getAttributeManager()?.addInstanced({
      instanceTargetPixelOffsets: { size: 2, accessor: "getTargetPixelOffset" },
      instanceTargetColors: {
        size: this.props.colorFormat.length,
        type: "unorm8",
        accessor: "getTargetColor",
        defaultValue: [0, 0, 0, 255],
      },
      instanceLightEdges: { size: 1, accessor: "getLightEdge" },
    });
  }
}
